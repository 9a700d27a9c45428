import numpy as np
print(np.arange(6).reshape(3, -1))
print(np.arange(6).reshape((2, 3)).T.ravel())
