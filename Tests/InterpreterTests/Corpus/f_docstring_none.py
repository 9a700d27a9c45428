def f():
    pass
def g():
    'Doc.'
print(f(), f.__doc__, g.__doc__)
