# streams: merged
# buffering: both
import sys
sys.stdout.write("x")
sys.stderr.write("E")
sys.stdout.flush()
sys.stdout.write("y\n")
sys.stderr.write("F\n")
