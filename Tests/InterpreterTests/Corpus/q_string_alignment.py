for name, qty in (('apple', 3), ('kiwi', 12), ('fig', 100)):
    print(f'{name:.<10}{qty:>5d}')
