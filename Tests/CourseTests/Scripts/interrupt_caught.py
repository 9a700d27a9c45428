# interrupt: ready
import sys
import time
try:
    print("ready", flush=True)
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("interrupted, cleaning up")
    sys.exit(130)
