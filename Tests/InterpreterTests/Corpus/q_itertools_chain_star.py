from itertools import chain, product
print(list(chain(*[[1, 2], [3]])), [''.join(p) for p in product('ab', 'xy')])
