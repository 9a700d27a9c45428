import warnings

def helper():
    warnings.warn("helper used", stacklevel=2)

for i in range(2):
    helper()
helper()
print("done")
