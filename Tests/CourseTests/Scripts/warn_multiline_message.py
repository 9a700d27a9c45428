import warnings
warnings.warn("line one\nline two")
print("done")
