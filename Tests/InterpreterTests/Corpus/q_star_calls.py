def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2]
print(f(*args, 3), f(*'123'[:0], 1, 2, 3), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, *[2], **{'c': 9}))
