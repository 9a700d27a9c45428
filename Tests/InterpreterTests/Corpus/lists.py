a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 8)
print(a, len(a), a.count(5), a.index(9))
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a, sorted(a), sorted(a, reverse=True), a[::-1], a[1:4])
a.sort()
print(a, min(a), max(a), sum(a))
b = a
b[0] = 100
print(a, a is b, a == b, a[:] is a)
a[1:3] = [7, 7, 7]
print(a)
del a[0]
del a[::2]
print(a, [1, 2] + [3], [0] * 4, [[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3], [] or "empty")
c = [5, 2, 8]
c.reverse()
print(c, c.copy(), list(range(5)), list("abc"), [x * x for x in range(6) if x % 2 == 0])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len))
