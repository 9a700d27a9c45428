# streams: merged
# buffering: both
import sys
print("printed before exit")
sys.exit("error message on stderr")
