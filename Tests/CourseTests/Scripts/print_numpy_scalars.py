import numpy as np
print(np.float64(0.1), np.float32(0.1), np.int64(7), np.int32(-3))
print(repr(np.float64(1.5)), repr(np.float32(2.5)), repr(np.int64(7)))
print([np.float64(1.0), np.int64(2)])
print(np.float64(1e20), np.float32(1e-8), np.bool_(True))
print(np.array([1, 2, 3]).sum(), np.array([1.5, 2.5]).mean())
