data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted('hello'))
