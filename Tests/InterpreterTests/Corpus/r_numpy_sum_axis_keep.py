import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.sum(axis=1, keepdims=True), a.max(axis=0, keepdims=True).shape, np.mean(a, axis=(0, 1)))
