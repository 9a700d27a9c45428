# pipe: head
# buffering: both
import sys
import time
sys.stdout.write("header\n")
sys.stdout.flush()
time.sleep(0.3)
sys.stdout.write("more\n")
print("end")
