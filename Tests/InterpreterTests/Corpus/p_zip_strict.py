print(list(zip('ab', [1, 2], strict=True)))
try:
    list(zip('abc', [1], strict=True))
except ValueError as e:
    print(e)
