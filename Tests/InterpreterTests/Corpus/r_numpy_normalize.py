import numpy as np
v = np.array([[3.0, 4.0], [0.0, 5.0]])
norms = np.sqrt((v ** 2).sum(axis=-1, keepdims=True))
print(v / norms, norms.ravel())
