def greet(name, greeting="Hello", *, punctuation="!"):
    """Say hello."""
    return f"{greeting}, {name}{punctuation}"

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet.__name__, greet.__doc__)

def total(*args, **kwargs):
    return sum(args), sorted(kwargs.items())

print(total(1, 2, 3, x=1, y=2), total(*[1, 2], **{"z": 3}))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(25))
square = lambda x: x * x
print(square(7), (lambda a, b=2: a + b)(1), list(map(lambda v: v + 1, [1, 2, 3])), list(filter(None, [0, 1, "", "a"])))

def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = counter()
print(c(), c(), c())
g = 10
def read_global():
    return g
def write_global():
    global g
    g = 20
write_global()
print(read_global())
def positional_only(a, b, /, c):
    return a + b + c
print(positional_only(1, 2, c=3))
