import warnings
warnings.warn("same text")
warnings.warn("same text")
for i in range(2):
    warnings.warn("same text")
print("done")
