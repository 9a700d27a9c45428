t = 1,
print(t, type(t).__name__, (1), (1,) * 3, tuple(), ((1, 2), (3,)))
