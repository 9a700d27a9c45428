import numpy as np
print(np.array([0.1, 0.2, 0.3], dtype=np.float32), np.float32(1) / 3, np.array([1 / 3], dtype=np.float32) * 3)
