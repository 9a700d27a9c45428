try:
    {}["x"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    int("z")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
finally:
    print("finally")
