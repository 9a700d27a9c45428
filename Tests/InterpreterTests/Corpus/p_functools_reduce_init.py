from functools import reduce, partial
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), partial(max, 5)(3), partial(sorted, reverse=True)([2, 3, 1]))
