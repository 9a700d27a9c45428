print(range(5), range(1, 5), range(0, 10, 2), list(range(5, 0, -2)), range(3) == range(0, 3), range(0) == range(2, 2))
