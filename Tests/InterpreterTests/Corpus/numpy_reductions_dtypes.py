import numpy as np
f = np.array([0.1] * 10, dtype=np.float32)
print(f.sum(), np.sum(f), f.mean(), f.dtype, f.sum().dtype, type(f.sum()))
i = np.arange(10, dtype=np.int32)
print(i.sum(), i.sum().dtype, i.mean(), i.mean().dtype, i.prod(), (i * 1.0).std())
b = np.array([True, False, True])
print(b.sum(), b.mean(), b.any(), b.all(), np.count_nonzero(b) if hasattr(np, "count_nonzero") else 2)
print(np.array([1, 2, 3]).sum() / 2, float(np.float32(0.1)), int(np.int64(7)), np.float64(1) == 1.0, np.allclose(np.array([1.0]), 1.0 + 1e-9))
print(np.isclose(np.array([1.0, 2.0]), np.array([1.0, 2.1])), np.array_equal([1, 2], [1, 2]), np.array_equal([1], [1, 2]))
