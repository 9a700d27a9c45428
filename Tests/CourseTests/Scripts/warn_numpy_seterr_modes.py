import numpy as np
print(np.seterr(all='raise'))
print(np.geterr())
try:
    np.seterr(divide='loud')
except Exception as e: print(type(e).__name__, e)
np.seterr(all='print')
np.array([1.0])/0
np.seterr(all='warn', under='ignore')
print(np.geterr())
x = np.float64(1) / 0
