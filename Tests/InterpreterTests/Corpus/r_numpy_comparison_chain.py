import numpy as np
x = np.arange(6)
print(((x > 1) & (x < 4)).sum(), x[(x % 2 == 0) & (x > 0)], np.logical_and(x > 1, x < 4), np.logical_not(x > 2))
