import numpy as np
print(np.arange(1000))
print(np.linspace(0, 1, 7))
print(np.array([1e-10, 1.0, 1e10]))
print(np.array([[1.5, -2.25], [3.125, 4.0]]))
print(repr(np.arange(6).reshape(2, 3).astype(np.float32)))
print(np.array([np.nan, np.inf, -np.inf, 0.0]))
print(np.zeros((2, 0)), repr(np.zeros((0,))), np.array([[True, False]]))
