calls = []
def trace(x):
    calls.append(x)
    return x
g = (trace(x) for x in range(5))
print(calls)
print(next(g), calls)
print(any(v > 2 for v in g), calls)
