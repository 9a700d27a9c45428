import numpy as np
np.random.seed(42)
print(np.random.rand(3))
print(np.random.randn(2, 2))
print(np.random.randint(0, 10, size=6), np.random.randint(5))
print(np.random.normal(0, 1, size=3), np.random.uniform(1, 2, size=2), np.random.random())
rng = np.random.default_rng(0)
print(rng.random(3), rng.normal(size=2), rng.uniform(0, 10, size=2), rng.standard_normal())
