import warnings
warnings.simplefilter("ignore")
warnings.warn("first, ignored")
warnings.resetwarnings()
warnings.warn("second, shown")
print("done")
