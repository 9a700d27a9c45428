# buffering: both
import sys
print("out first")
sys.exit("fatal: something went wrong")
