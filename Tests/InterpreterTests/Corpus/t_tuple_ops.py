t = (3, 1, 2)
print(sorted(t), t * 2, t[::-1], max(t), t.count(1), (1, 2) + (3,), tuple('ab'), (1, [2]) == (1, [2]))
