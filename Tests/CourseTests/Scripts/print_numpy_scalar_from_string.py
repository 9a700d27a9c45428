import numpy as np
print(np.float64("nan"), np.float32("-inf"), np.float64("1.5"))
print(np.int64("42"))
