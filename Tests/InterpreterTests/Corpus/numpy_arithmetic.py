import numpy as np
x = np.array([1.0, 2.0, 3.0])
y = np.array([4, 5, 6])
print(x + y, x - y, x * y, x / y, y // 2, y % 4, x ** 2, -x, +y, abs(-x), y @ y, 2 ** y, 1 / x)
print(x == 2, x != 2, x < y, y >= 5, (x > 1) & (x < 3), (x < 2) | (x > 2), ~(x > 1))
z = np.arange(6).reshape(2, 3)
print(z + 10, z * np.array([1, 0, -1]), z + np.array([[100], [200]]), z.T @ z, np.dot(z, z.T))
print(np.sqrt(x), np.exp(np.array([0.0, 1.0])), np.log(np.array([1.0, np.e])), np.sin(np.array([0.0, np.pi / 2])))
print(np.maximum(x, 2), np.minimum(y, 5), np.floor(np.array([1.5, -1.5])), np.ceil(np.array([1.2])), np.round(2.5))
f32 = np.array([1, 2], dtype=np.float32)
print((f32 + 1).dtype, (f32 + 1.5).dtype, (f32 * np.float64(2)).dtype, (f32 + np.array([1.0])).dtype, (y + 1.5).dtype, (y / 2).dtype)
acc = np.zeros(3, dtype=np.int64)
acc += 5
acc *= 2
print(acc, acc.dtype)
