import numpy as np
x = np.float64(0.1) * 3
y = np.float32(1) / 3
print(f"{x} {y} {x:.3f} {y:.4f} {np.int64(42):>5}")
print(str(np.arange(3)), "{}".format(np.ones(2)))
print(np.arange(6).reshape(2, 3).tolist(), np.float64(2.5).item())
