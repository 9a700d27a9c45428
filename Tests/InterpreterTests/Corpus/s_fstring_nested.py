items = {'a': 1.23456, 'b': 22.5}
for k, v in items.items():
    print(f'{k:>3}: {v:8.3f} {v!r} {k * 2}')
print(f'{"q"}', f"{'inner'!r:>10}")
