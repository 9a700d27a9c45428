fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs], (lambda a, *rest, **kw: (a, rest, kw))(1, 2, z=3))
