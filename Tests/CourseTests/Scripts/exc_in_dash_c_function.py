# via: -c
def f(d):
    return d["missing"]

print("calling")
f({})
