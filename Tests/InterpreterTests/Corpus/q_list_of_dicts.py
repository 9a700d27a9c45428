rows = [{'n': 'a', 'v': 3}, {'n': 'b', 'v': 1}]
rows.sort(key=lambda r: r['v'])
print(rows, [r['n'] for r in rows], {r['n']: r['v'] for r in rows})
