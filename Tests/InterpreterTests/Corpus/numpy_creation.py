import numpy as np
print(np.array([1, 2, 3]), np.array([1.5, 2]), np.array([[1, 2], [3, 4]]), np.array([True, False]), np.array(5))
print(repr(np.array([1, 2, 3])), repr(np.array([0.1, 0.25])), repr(np.array([1, 2], dtype=np.float32)), repr(np.array([], dtype=np.int32)))
print(np.zeros(3), np.zeros((2, 2), dtype=np.int32), np.ones((2, 3)), np.full(3, 2.5), np.empty(0), np.eye(3, dtype=int))
print(np.arange(5), np.arange(1, 10, 3), np.arange(0.0, 1.0, 0.25), np.arange(5, dtype=np.float32), np.linspace(0, 1, 4), np.linspace(0, 10, 5, endpoint=False))
print(np.zeros_like(np.arange(3)), np.ones_like(np.array([1.5, 2])), np.full_like(np.arange(3), 7))
print(np.asarray([1, 2]).dtype, np.array([1, 2], dtype=np.float64).dtype, np.array([1, 2.0]).dtype, np.array([1, 2]).dtype.itemsize)
print(np.float64(2.5), np.float32(1) / 3, np.int32(7) // 2, np.int64(3) * 2, repr(np.int64(3)), repr(np.float32(0.1)), repr(np.True_))
