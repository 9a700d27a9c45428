import numpy as np
x = np.arange(3)
y = np.arange(4)
print(x[:, None] * y[None, :], (x[:, None] + y).shape, np.add.outer(x, y).sum())
