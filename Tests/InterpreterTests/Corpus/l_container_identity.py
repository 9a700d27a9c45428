import numpy as np
print(np.nan in {np.nan}, np.nan in [np.nan], [np.nan] == [np.nan], (np.nan,) == (np.nan,))
print(['a', 'b', 'a'].index('a', 1), ['a', 'b', 'a'].index('a', -1), [1, 2, 3].index(3, 0, 3))
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print(e)
d = {np.nan: 1}
print(d[np.nan], np.nan == np.nan)
