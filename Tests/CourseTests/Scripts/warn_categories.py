import warnings
warnings.warn("user")
warnings.warn("deprecated", DeprecationWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn("explicit user", UserWarning)
print("done")
