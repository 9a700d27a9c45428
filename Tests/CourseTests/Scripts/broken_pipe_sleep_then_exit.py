# pipe: head
# buffering: both
import time
print("first line", flush=True)
time.sleep(0.3)
print("second line")
print("third line")
time.sleep(0.2)
