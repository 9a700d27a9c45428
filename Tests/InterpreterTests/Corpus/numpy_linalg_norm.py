import numpy as np
from numpy.linalg import norm

v = np.array([[3.0, 4.0], [0.0, 0.0], [1.0, 2.0]])
print(norm(v))
print(np.linalg.norm(v, axis=1))
print(np.linalg.norm(v, axis=-1, keepdims=True))
print(np.linalg.norm(v, axis=0))
print(np.linalg.norm(v, keepdims=True))
print(np.linalg.norm([1, 2, 2]))
print(np.linalg.norm(np.arange(6).reshape(2, 3), axis=(0, 1)))
f = np.array([[1.5, -2.5, 0.25]], dtype=np.float32)
print(np.linalg.norm(f, axis=-1).dtype, np.linalg.norm(f, axis=-1))
print(np.linalg.norm(f, 2, -1))
print(np.linalg.norm(v, 'fro'))
x = np.arange(24, dtype=np.float64).reshape(2, 3, 4) - 11
print(x / np.linalg.norm(x, axis=-1, keepdims=True))
print(np.outer([1, 2, 3], [0.5, 2]))
print(np.outer(np.arange(4).reshape(2, 2), [1, -1]))
