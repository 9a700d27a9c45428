import numpy as np
y = np.array([1e308]) * 10
print(y)
print(np.exp(np.array([1000.0])))
