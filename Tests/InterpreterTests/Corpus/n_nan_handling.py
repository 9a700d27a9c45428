import numpy as np
x = np.array([1.0, np.nan, 3.0])
print(x, x.sum(), np.isnan(x), x[~np.isnan(x)].mean(), np.nan == np.nan, np.isinf(np.array([np.inf, 1.0])))
