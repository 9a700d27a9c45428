import numpy as np
a = np.zeros(6)
v = a[::2]
v += 1
a[1::2] = 7
print(a, v.shape)
b = a.reshape(2, 3)
b[0, 0] = -1
print(a[0])
