import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = np.array([1.0, 0.0, 2.0])
print(a / b)
