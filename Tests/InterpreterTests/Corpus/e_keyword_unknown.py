print(sorted([1], key=None, reversed=True))
