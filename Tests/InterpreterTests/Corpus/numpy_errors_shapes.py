import numpy as np
np.arange(6).reshape(4, 2)
