def a():
    b()

def b():
    c()

def c():
    raise LookupError("deep")

a()
