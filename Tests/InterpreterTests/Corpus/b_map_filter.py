print(list(map(abs, [-1, 2, -3])), list(filter(lambda v: v > 1, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
