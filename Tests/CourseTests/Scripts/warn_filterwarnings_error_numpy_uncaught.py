import warnings
import numpy as np
warnings.filterwarnings("error", category=RuntimeWarning)
print("before")
print(np.log(np.array([0.0])))
