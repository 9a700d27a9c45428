import numpy as np
a = np.zeros(3)
a[:] = [1, 2]
