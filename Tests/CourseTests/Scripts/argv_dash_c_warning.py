# via: -c
import warnings
warnings.warn("from -c mode")
print("done")
