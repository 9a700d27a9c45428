import warnings
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("caught:", type(e).__name__, e)
warnings.warn("uncaught", RuntimeWarning)
print("not reached")
