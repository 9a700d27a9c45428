def f(a, b=2):
    return a
f(1, 2, 3)
