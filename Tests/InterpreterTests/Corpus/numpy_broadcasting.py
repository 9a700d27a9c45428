import numpy as np
row = np.arange(3)
col = np.arange(4).reshape(4, 1)
print(row + col)
print((row * col).shape, np.broadcast_shapes((5, 1, 3), (4, 1)), np.broadcast_to(row, (2, 3)))
x, y = np.broadcast_arrays(np.arange(3), np.arange(2).reshape(2, 1))
print(x, y, x.shape, y.strides)
rng = np.linspace(0, 1, 5)
print(rng[:, None] - rng[None, :])
try:
    np.arange(3) + np.arange(4)
except ValueError as e:
    print("ValueError:", e)
print(np.broadcast_shapes((2, 3), (4, 3)))
