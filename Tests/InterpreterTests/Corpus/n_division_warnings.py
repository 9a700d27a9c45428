import numpy as np
x = np.array([1.0, 0.0, -1.0])
print(x / 0, np.array([0.0]) / 0.0, np.log(np.array([0.0])))
