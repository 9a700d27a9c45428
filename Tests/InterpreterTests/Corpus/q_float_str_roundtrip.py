for v in (0.1, 1 / 3, 1e-7, 123456789.123, 2.5e-300, 1e16, 9.999999999999999e22):
    print(repr(v), float(repr(v)) == v)
