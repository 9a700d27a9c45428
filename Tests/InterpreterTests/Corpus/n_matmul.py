import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.arange(6.0).reshape(3, 2)
print(a @ b, np.matmul(a, b).shape, a.dot(b), np.dot(np.array([1, 2]), np.array([3, 4])))
