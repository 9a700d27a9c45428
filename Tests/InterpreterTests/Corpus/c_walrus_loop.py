data = [3, 8, 1, 9]
while (n := len(data)) > 2:
    data.pop()
print(n, data, [(y := x * 2) for x in data], y)
