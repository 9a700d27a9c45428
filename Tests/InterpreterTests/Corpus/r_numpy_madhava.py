import numpy as np
N = 30
k = np.arange(N)
pi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))
print(pi, abs(pi - np.pi) < 1e-15, type(pi).__name__)
