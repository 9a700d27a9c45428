import numpy as np
for attempt in (lambda: np.arange(3).foo, lambda: np.float64(1).foo, lambda: len(np.float64(1)), lambda: np.float32(2).bar):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(np.arange(2)).__name__, type(np.int8(1)).__name__, type(np.arange(2)))
