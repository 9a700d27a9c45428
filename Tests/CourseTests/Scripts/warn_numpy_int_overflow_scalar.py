import numpy as np
a = np.int64(2 ** 62)
print(a * 4)
print(np.array([2 ** 62], dtype=np.int64) * 4)
