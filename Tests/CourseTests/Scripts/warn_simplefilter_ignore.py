import warnings
import numpy as np
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(np.array([1.0]) / 0)
print("done")
