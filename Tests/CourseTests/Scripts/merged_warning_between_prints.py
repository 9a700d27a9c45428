# streams: merged
# buffering: both
import warnings
print("before")
warnings.warn("careful")
print("after")
