import numpy as np
print(np.array([1, 2, 3]))
print(np.array([1.0, 2.5, -3.25]))
print(np.arange(12).reshape(3, 4))
print(np.array([[0.1, 0.2], [10.5, 200.0]]))
print(repr(np.array([1, 2])), repr(np.zeros((2, 2))))
print(np.array([], dtype=float), np.array([True, False]))
print(np.array([1, 2], dtype=np.float32), repr(np.array([1, 2], dtype=np.int32)))
