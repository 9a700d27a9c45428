import numpy as np
np.seterr(all="ignore")
print(np.array([1.0, 0.0]) / 0)
print(np.sqrt(np.array([-1.0])))
print("no warnings")
