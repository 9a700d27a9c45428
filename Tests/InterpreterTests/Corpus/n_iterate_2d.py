import numpy as np
for i, row in enumerate(np.arange(6).reshape(3, 2)):
    print(i, row, row.dtype, row.sum())
