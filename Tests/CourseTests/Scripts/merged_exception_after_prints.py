# streams: merged
# buffering: both
import sys
print("one")
sys.stderr.write("err partial")
print("two")
raise RuntimeError("boom")
