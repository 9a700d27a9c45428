# course ends with: ModuleNotFoundError: No module named 'pandas' (course cells can import: contextlib, course, functools, itertools, jax, math, matplotlib, numpy, sys, time, timeit, typing, warnings)
import math
import pandas
