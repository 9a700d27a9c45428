import numpy as np
x = np.array([[1.0, 2.0], [3.0, 5.0]])
print(x.mean(), x.std(), x.var(), x.std(axis=0), np.mean(x, axis=1), x.var(ddof=1))
