import numpy as np
values = [float(v) for v in np.arange(4)]
print(values, sum(np.arange(5)), max(np.array([3, 9, 2])), len(np.zeros((4, 2))), list(np.arange(3)))
for row in np.arange(6).reshape(3, 2):
    print(row, row.sum())
total = 0
for v in np.array([1.5, 2.5]):
    total += v
print(total, type(total).__name__, f"{np.float32(1/3):.3f}", f"{np.pi:.4f}", round(np.float64(2.567), 2))
print(np.sqrt(2), np.exp(1), np.log(10) / np.log(2), np.sum([1, 2, 3]), np.mean([1, 2, 3, 4]))
