import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.warn("old", DeprecationWarning)
warnings.warn("user visible")
print("done")
