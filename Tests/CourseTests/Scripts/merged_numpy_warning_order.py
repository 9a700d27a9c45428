# streams: merged
# buffering: both
import numpy as np
print("start")
x = np.array([1.0, 0.0]) / np.array([0.0, 0.0])
print(x)
print("end")
