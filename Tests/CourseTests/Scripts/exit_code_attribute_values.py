for args in [(), (5,), ("msg",), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, e.args)
