import numpy as np
np.random.seed(0)
detectors = np.random.rand(4, 2)
sources = np.random.rand(3, 2)
d = np.sqrt(((detectors[:, None, :] - sources[None, :, :]) ** 2).sum(axis=-1))
print(d.shape, np.round(d, 4))
