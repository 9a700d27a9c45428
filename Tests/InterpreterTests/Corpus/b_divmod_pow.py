print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 100), pow(2, -2), pow(7, 2, 5), pow(2.0, 3))
