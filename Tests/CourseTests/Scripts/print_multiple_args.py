print("a", 1, 2.5, None, True, [1, 2], (3,), {"k": "v"})
print("sep", "is", "dash", sep="-", end="!\n")
print(*range(5))
print(*[], sep="x")
