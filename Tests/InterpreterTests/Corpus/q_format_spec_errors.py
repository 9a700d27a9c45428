for value, spec in ((3.5, 'xyz'), ('a', '10.2.3'), (7, '.2d'), ('s', '+5')):
    try:
        format(value, spec)
    except ValueError as e:
        print(e)
