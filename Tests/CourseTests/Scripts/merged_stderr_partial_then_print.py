# streams: merged
# buffering: both
import sys
sys.stderr.write("E1 ")
print("O1", end=" ", flush=True)
sys.stderr.write("E2\n")
print("O2")
