import warnings
import numpy as np
warnings.simplefilter("error")
try:
    np.array([1.0]) / 0
except RuntimeWarning as e:
    print("caught:", e)
print("done")
