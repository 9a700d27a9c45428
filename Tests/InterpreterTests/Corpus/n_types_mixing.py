import numpy as np
print((np.arange(3) + 0.5).dtype, (np.arange(3, dtype=np.int8) + 300).dtype if False else 'skip', (np.arange(3, dtype=np.float32) * 2).dtype, np.array([1, 2]) * True)
