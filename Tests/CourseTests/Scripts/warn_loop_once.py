import warnings
for i in range(5):
    warnings.warn("repeated warning")
print("done")
