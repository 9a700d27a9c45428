(a, b), c = [1, 2], 3
x, *y, z = range(6)
first, *_ = 'hello'
print(a, b, c, x, y, z, first)
