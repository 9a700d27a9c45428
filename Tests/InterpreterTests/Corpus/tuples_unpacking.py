t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(3), (1,), ())
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
a, b = b, a
print(a, b)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
m = n = 5
print(m, n, (1, 2) < (1, 3), (2,) > (1, 5), tuple([1, 2]))
