import numpy as np
a = np.arange(3)
if a > 1:
    print("ambiguous")
