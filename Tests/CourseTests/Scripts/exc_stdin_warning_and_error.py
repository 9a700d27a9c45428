# via: stdin
# streams: merged
# buffering: both
import warnings
print("first")
warnings.warn("stdin warning")
x = [1][2]
