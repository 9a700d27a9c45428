from functools import reduce
print(reduce(max, [3, 9, 2, 7]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
