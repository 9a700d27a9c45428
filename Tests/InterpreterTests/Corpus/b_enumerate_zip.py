for i, (a, b) in enumerate(zip('xy', [1, 2]), 1):
    print(i, a, b)
print(list(zip(range(3), 'ab', [True, False, None])))
