import warnings
warnings.warn(RuntimeWarning("passed as instance"))
warnings.warn(DeprecationWarning("deprecation instance"))
print("done")
