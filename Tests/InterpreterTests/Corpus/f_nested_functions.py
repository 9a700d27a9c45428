def outer(n):
    def inner(m):
        return n * m
    return [inner(k) for k in range(n)]
print(outer(4), outer.__name__)
