grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], sorted(k for k, v in grid.items() if v == 0), len(grid))
