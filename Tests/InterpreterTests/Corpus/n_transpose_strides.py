import numpy as np
a = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
print(a.strides, a.T.strides, a.transpose(2, 0, 1).shape, a.swapaxes(0, 2).strides, a[:, ::2].strides)
