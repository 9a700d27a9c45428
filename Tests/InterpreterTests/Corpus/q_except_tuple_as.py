for bad in ('x', None, [1]):
    try:
        int(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__)
