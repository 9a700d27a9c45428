# buffering: both
import sys
sys.stdout.write("partial")
sys.stdout.flush()
sys.stdout.write(" rest\n")
r = sys.stdout.flush()
print(r)
