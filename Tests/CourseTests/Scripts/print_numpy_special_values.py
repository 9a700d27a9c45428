import numpy as np
print(np.array([np.nan, np.inf, -np.inf, -0.0, 0.0]))
print(np.array([1e-10, 1.0, 1e10]))
print(np.array([0.1, 0.25], dtype=np.float32))
print(np.array([[1.5, np.nan], [-np.inf, 2.0]]))
print(np.float64(np.nan), np.float32(-np.inf), np.float64(-0.0))
