import numpy as np
x = np.arange(4.0)
out = np.empty(4)
r = np.multiply(x, 2, out=out)
print(out, r is out, np.sqrt(x, out=x), x)
