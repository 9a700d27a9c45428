a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b}, a | b, dict(a, w=0), list({**b, **a}))
