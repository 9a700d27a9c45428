print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(1, 8, 3))), ''.join(reversed('stressed')))
