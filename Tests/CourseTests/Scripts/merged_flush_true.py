# streams: merged
# buffering: both
import sys
print("a", flush=True)
print("b", file=sys.stderr)
print("c")
print("d", file=sys.stderr)
print("e", flush=True)
print("f", file=sys.stderr)
