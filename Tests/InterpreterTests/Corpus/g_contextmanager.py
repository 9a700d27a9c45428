from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as upper:
    print("inside", upper)


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as error:
        print("ignored", type(error).__name__, error)


with ignoring(KeyError):
    {}["missing"]
print("went on")

try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as error:
    print("escaped", error)


@contextmanager
def timer():
    yield 42


with timer() as value, tag("b"):
    print(value)

with tag("outer"):
    with tag("inner"):
        raise RuntimeError("through both")
