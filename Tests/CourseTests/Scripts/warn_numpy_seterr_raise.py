import numpy as np
old = np.seterr(divide="raise")
print(sorted(old.items()))
print(np.array([1.0]) / 0)
