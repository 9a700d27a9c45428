import numpy as np
np.broadcast_shapes((2, 3), (3, 2))
