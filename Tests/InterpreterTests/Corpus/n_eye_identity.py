import numpy as np
print(np.eye(2), np.eye(2, 3, k=1), np.eye(3, dtype=np.int32).sum())
