def inner(n):
    return 10 / n

def outer(n):
    return inner(n - 1) + 1

print(outer(1))
