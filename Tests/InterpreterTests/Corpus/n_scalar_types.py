import numpy as np
for t in (np.int8, np.int32, np.uint8, np.float16, np.float32, np.float64):
    v = t(3)
    print(repr(v), v.dtype, type(v).__name__)
