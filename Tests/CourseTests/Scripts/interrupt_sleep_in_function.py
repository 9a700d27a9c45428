# interrupt: ready
# buffering: both
import time

def wait_forever():
    while True:
        time.sleep(0.05)

print("ready", flush=True)
print("buffered line")
wait_forever()
