data = [3, "a", 1]
print(sorted(data, key=lambda v: v + 1))
