d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('missing', e)
print(d.pop('a'), d, d.pop('zz', 'default'))
