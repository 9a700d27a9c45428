points = [(1, 5), (3, 2), (2, 8)]
print(min(points), max(points), min(points, key=lambda p: p[1]), max(points, key=lambda p: p[0] + p[1]))
