print(sum(range(101)), sum([1.5, 2.5]), sum([[1], [2]], []), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
