print(3 in [1, 2, 3], 'x' in {'x': 1}, 5 in range(10), (1, 2) in [(1, 2)], 'ab' in 'cabd', 4 not in {1, 2})
