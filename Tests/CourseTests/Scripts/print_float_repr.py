vals = [0.1, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 1e-4, 123456789.0, 1e22, 1.5e300 * 1e10, -0.0, 2.0**0.5, 100.0, 1e15, 12345678901234567.0]
for v in vals:
    print(v, repr(v), str(v))
print(float("nan"), float("-inf"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5))
