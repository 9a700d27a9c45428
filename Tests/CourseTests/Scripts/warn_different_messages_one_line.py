import warnings
for i in range(3):
    warnings.warn("message %d" % (i % 2))
print("done")
