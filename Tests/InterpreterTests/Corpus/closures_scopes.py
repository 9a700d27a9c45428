def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    return inner()
print(outer(), x)
def shadow():
    y = [n for n in range(3)]
    return y
print(shadow())
i = 99
[i for i in range(3)]
print(i)
if (k := 5) > 3:
    print("walrus", k)
print([y := 10, y ** 2])
values = [1, 2, 3]
print([last := v for v in values], last)
