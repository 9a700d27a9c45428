print([x if x % 2 else -x for x in range(6)], [y for y in 'hello' if y != 'l'], [[0] * 2 for _ in range(2)])
