import numpy as np
x = np.arange(10)
print(x[-1], x[-3:], x[:-7], x[-2::-3], x[[-1, -2]], x[np.array([-1])])
