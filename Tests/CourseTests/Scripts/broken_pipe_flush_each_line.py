# pipe: head
import time
print("first", flush=True)
time.sleep(0.3)
for i in range(20000):
    print(i, flush=True)
