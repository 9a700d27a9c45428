err = ValueError('kept')
try:
    raise err
except ValueError as e:
    print(e is err, e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == '')
