# course ends with: ModuleNotFoundError: No module named 'pandas' (course cells can import: course, functools, itertools, jax, math, matplotlib, numpy, time, timeit, typing)
import math
import pandas
