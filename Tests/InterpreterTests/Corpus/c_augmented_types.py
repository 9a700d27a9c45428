s = 'ab'
s += 'c'
n = 7
n //= 2
f = 2.0
f **= 3
t = (1,)
t *= 3
b = 6
b &= 3
print(s, n, f, t, b)
