e = IndexError('out', 3)
print(str(e), repr(e), e.args, str(KeyError('k')), repr(KeyError('k')), str(Exception()))
