for v in (0, -1, 10 ** 18, -(2 ** 63), 2 ** 64 + 1):
    print(v, int(str(v)) == v, repr(v))
