grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
bad = [[0] * 3] * 2
bad[0][1] = 5
print(grid, bad)
