try:
    assert [] , 'empty list'
except AssertionError as e:
    print('caught', e)
assert 1
