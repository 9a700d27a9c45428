from itertools import product, accumulate
print(len(list(product('ab', repeat=3))), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2, 3], initial=10)))
