def check(x):
    if not isinstance(x, int):
        raise TypeError(f'expected int, got {type(x).__name__}')
    return x
print(check(3))
check('3')
