import numpy as np
x = np.array([3.0, 1.0, 2.0])
print(x.argmax(), x.argmin(), np.argmax(x), np.max(x), np.cumsum(x), np.cumprod(np.array([1, 2, 3])))
