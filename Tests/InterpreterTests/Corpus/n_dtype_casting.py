import numpy as np
a = np.array([1.7, -2.3])
print(a.astype(np.int32), a.astype(np.int64).dtype, np.array([300]).astype(np.uint8), np.array([1, 0]).astype(bool))
