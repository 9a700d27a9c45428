import numpy as np
a = np.array([1, 5, 3])
print(a == 3, a != 3, a >= 3, (a > 1).all(), (a > 4).any(), np.array_equal(a, [1, 5, 3]), np.maximum(a, 2))
