import numpy as np
m = np.ones((2, 3))
v = np.arange(3.0)
print(m @ v, (m @ v).shape, v @ v, np.outer(v, v) if hasattr(np, 'outer') else np.multiply.outer(v, v))
