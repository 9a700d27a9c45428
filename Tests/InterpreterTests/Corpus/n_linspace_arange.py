import numpy as np
print(np.linspace(-1, 1, 5), np.arange(-1, 1, 0.5), np.arange(10)[::3], np.linspace(0, 1, 3, dtype=np.float32))
