def show(e):
    print(type(e).__name__ + ":", e)

try:
    1 % 0
except ZeroDivisionError as e:
    show(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    show(e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    show(e)
try:
    [1][5]
except IndexError as e:
    show(e)
try:
    {}[()]
except KeyError as e:
    show(e)
try:
    int("1.5")
except ValueError as e:
    show(e)
try:
    float("x")
except ValueError as e:
    show(e)
try:
    len(5)
except TypeError as e:
    show(e)
try:
    "a" * "b"
except TypeError as e:
    show(e)
try:
    [].pop()
except IndexError as e:
    show(e)
try:
    (1).foo
except AttributeError as e:
    show(e)
