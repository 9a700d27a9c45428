import numpy as np
x = np.arange(10)
mask = (x % 3 == 0) | (x > 7)
print(mask, x[mask], x[~mask].sum(), np.where(mask, x, -1))
