for exc in (ZeroDivisionError, KeyError, IndexError, ValueError):
    try:
        raise exc('x')
    except LookupError:
        print(exc.__name__, 'is a LookupError')
    except Exception:
        print(exc.__name__, 'is another Exception')
