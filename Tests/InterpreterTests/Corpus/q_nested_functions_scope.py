x = 'global'
def f():
    x = 'f'
    def g():
        def h():
            return x
        return h()
    return g()
print(f())
