import numpy as np
np.random.seed(123)
a = np.random.rand(2)
np.random.seed(123)
b = np.random.rand(2)
print(a, (a == b).all(), np.random.randint(1, 7, size=4), np.random.normal(size=2))
