import warnings

def old_api(x):
    warnings.warn("old_api is deprecated", stacklevel=2)
    return x * 2

print(old_api(1))
print(old_api(2))
