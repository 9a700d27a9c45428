it = iter('ab')
print(next(it), next(it), next(it, 'end'))
g = (i for i in range(2))
print(list(g), list(g))
