import numpy as np
a = np.arange(4.0).reshape(2, 2)
print(a.tolist(), a[1, 1].item(), type(a[1, 1].item()).__name__, a.item(3), np.array(5).item())
