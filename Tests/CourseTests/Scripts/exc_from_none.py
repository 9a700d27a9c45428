d = {}
try:
    d["k"]
except KeyError:
    raise ValueError("no key") from None
