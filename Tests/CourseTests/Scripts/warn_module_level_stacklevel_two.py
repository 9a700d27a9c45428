import warnings
warnings.warn("top-level with stacklevel 2", stacklevel=2)
print("done")
