import numpy as np
v = np.float32(0.1)
print(v * 3, v + 0.2, type(v + 0.2).__name__, np.float64(0.1) + 0.2, np.int64(7) / 2, np.int32(7) // np.int32(2))
