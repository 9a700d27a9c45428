def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["missing"]
    if kind == 3:
        return int("abc")
    if kind == 4:
        return undefined_name
    if kind == 5:
        raise ValueError("custom", 42)
    return "ok"

for kind in range(7):
    try:
        result = risky(kind)
    except (ZeroDivisionError, IndexError) as error:
        print("arith/index:", type(error).__name__, error)
    except KeyError as error:
        print("key:", repr(error), error.args)
    except Exception as error:
        print("other:", type(error).__name__, error, error.args)
    else:
        print("no error:", result)
    finally:
        print("finally", kind)

def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise RuntimeError("outer")
    except RuntimeError as e:
        return f"caught {e} context={type(e.__context__).__name__ if hasattr(e, '__context__') else None}"
print(nested())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print("reraise:", e)
def finally_return():
    try:
        return "try"
    finally:
        print("cleanup runs")
print(finally_return())
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
raise ValueError("the end")
