import numpy as np
print((np.int8(1) + np.int16(1)).dtype, (np.uint8(1) + np.int8(1)).dtype, (np.int32(1) + 1.0).dtype, (np.float32(1) + 1.0).dtype, (np.array([1], dtype=np.int8) + 1000).dtype if False else 'skip')
