import numpy as np
a = np.ones((2, 3))
print(np.add.reduce(a, axis=2))
