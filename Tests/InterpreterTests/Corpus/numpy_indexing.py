import numpy as np
a = np.arange(12).reshape(3, 4)
print(a[0], a[-1], a[1, 2], a[1][2], a[:, 0], a[1:, 1:3], a[::2, ::-1], a[..., 1], a[None, 0].shape, a[:, np.newaxis, 0].shape)
print(a[[0, 2]], a[[0, 1], [1, 2]], a[a % 2 == 0], a[a > 100], a[1, [0, 3]], a[np.array([True, False, True])])
b = a.copy()
b[0] = 0
b[1, :2] = [7, 8]
b[b > 9] = -1
b[:, 3] += 100
print(b)
v = a[1]
v[0] = 99
print(a[1], v.shape)
print(np.nonzero(np.array([0, 3, 0, 4])), np.where(np.array([1, 0, 2]) > 0, 10, -10), np.where(np.array([0, 1, 1])))
