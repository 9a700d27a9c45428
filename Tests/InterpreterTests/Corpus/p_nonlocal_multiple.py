def make():
    a = b = 0
    def step():
        nonlocal a, b
        a, b = b, a + 1
        return a, b
    return step
s = make()
print(s(), s(), s())
