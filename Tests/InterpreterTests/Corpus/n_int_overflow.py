import numpy as np
x = np.array([127], dtype=np.int8)
print(x + np.int8(1), (x + 1).dtype, np.array([2**31 - 1], dtype=np.int32) + np.int32(1))
