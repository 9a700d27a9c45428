print(1, 'a', 2.5, None, sep=' | ')
print('x', end='')
print('y', 'z', sep='')
print([], {}, (), set(), sep=', ')
