import numpy as np
print(np.add.accumulate(np.array([1.0, 2.0, 3.0])), np.maximum.reduce([3, 9, 2]), np.subtract.outer([5, 6], [1, 2]))
