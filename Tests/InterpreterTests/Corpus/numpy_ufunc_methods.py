import numpy as np
a = np.arange(1, 6)
print(np.add.reduce(a), np.multiply.reduce(a), np.add.accumulate(a), np.multiply.accumulate(a), np.maximum.accumulate(np.array([1, 3, 2, 5, 4])))
print(np.add.outer(np.arange(3), np.arange(4)), np.multiply.outer([1, 2, 3], [1, 10]))
b = np.zeros(5)
np.add.at(b, [0, 0, 2], 1)
print(b, np.add.reduceat(np.arange(8), [0, 4, 1, 5]), np.add.reduce(np.arange(6).reshape(2, 3), axis=1))
print(np.add, np.add.__name__, np.sqrt.nin, np.add(1, 2), np.negative(np.array([1, -2])))
