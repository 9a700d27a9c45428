import numpy as np
x = np.linspace(0, 1, 5, dtype=np.float32)
print(x, x.dtype, x.sum(), (x * x).sum(), repr(x[1]))
