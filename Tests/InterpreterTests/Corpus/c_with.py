import contextlib
import warnings
import numpy as np


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.name == "quiet"


with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name)

with Resource("quiet"):
    raise ValueError("swallowed")
print("after quiet")

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
print("after loop")


def f():
    with Resource("returning"):
        return 42


print(f())

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")

with contextlib.nullcontext(5) as five:
    print(five)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    np.array([1.0]) / 0
print("ignored")

with np.errstate(divide="ignore"):
    print(np.array([1.0]) / 0)
try:
    with np.errstate(all="raise"):
        np.array([0.0]) / 0
except FloatingPointError as e:
    print("FloatingPointError:", e)
print(np.geterr())

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

with Resource("loud"):
    raise RuntimeError("escapes")
