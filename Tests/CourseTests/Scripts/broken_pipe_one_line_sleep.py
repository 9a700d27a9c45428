# pipe: head
# buffering: both
import time
print("one short line")
time.sleep(0.5)
