a = list(range(10))
a[2:5] = ['x']
a[::3] = [None] * len(a[::3])
print(a)
del a[1:3]
print(a)
