try:
    raise KeyError('k', 2)
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError()
except ValueError as e:
    print(repr(e), e.args)
