matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], [x for row in matrix for x in row if x % 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed, list(zip(*matrix)))
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
print(dict(zip("abc", range(3))), {k: v for k, v in zip("ab", [1, 2]) if v > 1})
