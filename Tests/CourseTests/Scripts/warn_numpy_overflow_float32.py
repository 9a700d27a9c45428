import numpy as np
x = np.float32(3e38) * 10
print(x)
