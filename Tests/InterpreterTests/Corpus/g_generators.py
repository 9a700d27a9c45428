def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count_up(4)), sum(count_up(100)), [x * x for x in count_up(3)])
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, repr(e))
print(next(g, "default"))


def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"


e = echo()
print(next(e), e.send(1), e.send("two"))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)


def delegate():
    result = yield from count_up(3)
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"


print(list(delegate()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 10)) if hasattr(itertools, "islice") else [x for x, _ in zip(fib(), range(10))])
print(list(zip(fib(), "abc")), any(x > 5 for x in fib()))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


w = with_finally()
print(next(w))
w.close()
print("closed")


def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught", err)


c = catcher()
next(c)
c.throw(ValueError("inside"))
c.throw(ValueError, "again")


def pipeline(numbers):
    evens = (n for n in numbers if n % 2 == 0)
    squares = (n * n for n in evens)
    yield from squares


print(list(pipeline(range(10))), type(count_up(1)).__name__)


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)


def broken(n):
    yield 1
    yield 1 / n


list(broken(0))
