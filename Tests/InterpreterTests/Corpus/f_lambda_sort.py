pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
pairs.sort(key=lambda pair: pair[1])
print(pairs, (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(z=1, a=2))
