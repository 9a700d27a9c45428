import numpy as np
x = np.float64(1.5)
print(type(x), type(x).__mro__)
print(isinstance(x, float), isinstance(x, np.floating), isinstance(np.int64(1), int), isinstance(np.int64(1), np.integer))
print(issubclass(np.float64, np.floating), issubclass(np.float32, float), issubclass(np.int8, np.signedinteger))
print(type(np.add), type(np.add).__name__, type(np.add).__module__)
try:
    np.sum(np.ones(3), axis=3)
except IndexError as e:
    print("IndexError caught:", type(e).__name__, type(e).__mro__)
print(np.exceptions.AxisError.__mro__ if hasattr(np, "exceptions") else "")
print(int.__mro__, bool.__mro__, type(True).__bases__, ZeroDivisionError.__mro__)
print(type(print), type(len).__name__, type(lambda: 1))
