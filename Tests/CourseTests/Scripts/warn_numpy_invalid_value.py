import numpy as np
print(np.sqrt(np.array([-1.0, 4.0])))
print(np.array([0.0]) / np.array([0.0]))
print(np.log(np.array([-1.0])))
