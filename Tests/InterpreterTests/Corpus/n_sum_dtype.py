import numpy as np
x = np.array([200, 100], dtype=np.uint8)
print(x.sum(), x.sum().dtype, x.sum(dtype=np.uint8), np.sum(x, dtype=np.float32))
