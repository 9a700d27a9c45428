print("a", "b", sep=None)
print("x", "y", "z", sep=None, end=None)
print("done")
