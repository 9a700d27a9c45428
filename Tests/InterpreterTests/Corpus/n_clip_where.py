import numpy as np
x = np.linspace(-2, 2, 5)
print(np.clip(x, -1, 1), x.clip(0, None), np.where(x < 0, -x, x))
