a = set('abracadabra')
b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b), {1, 2} <= {1, 2, 3}, {1} < {1})
