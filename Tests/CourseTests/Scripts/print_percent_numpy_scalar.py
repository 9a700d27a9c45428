import numpy as np
x = np.float64(0.1) * 3
y = np.float32(1) / 3
print("%s %r %.2f" % (x, y, y))
print("%d %5.1f" % (np.int64(7), np.float64(2.25)))
