d = {}
for w in 'one two three two one'.split():
    d[w] = d.get(w, 0) + 1
print(d, list(d), len(d.keys()), 'two' in d.keys(), 2 in d.values(), ('one', 2) in d.items())
