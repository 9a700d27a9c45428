import numpy as np
print(np.arange(2000))
print(np.arange(1200).reshape(40, 30))
print(np.linspace(0, 1, 1001))
print(repr(np.arange(1500.0)))
