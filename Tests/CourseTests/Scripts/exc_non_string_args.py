try:
    raise ValueError(42)
except ValueError as e:
    print(e, repr(e))
raise Exception("a", 2)
