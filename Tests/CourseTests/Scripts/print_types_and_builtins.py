import numpy as np
print(type(1), type("s"), type(None), type([]), type(np.float64(1)))
print(type(np.arange(3)), type(1.0).__name__)
print(range(5), range(1, 10, 2), slice(1, 2), frozenset([1]))
print(1_000_000, 0x10, 0o17, 0b101, 1e3, 10j if False else 0)
