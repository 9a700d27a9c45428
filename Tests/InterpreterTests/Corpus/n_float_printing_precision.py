import numpy as np
print(np.array([1 / 3, 2 / 3]), np.array([1e-5, 1.0]), np.array([123456789.0]), np.array([0.5, 100.0]))
