from functools import partial, reduce
import itertools
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
print(square(5), reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
print(list(itertools.product([1, 2], "ab")), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.chain([1, 2], (3,), "ab")))
