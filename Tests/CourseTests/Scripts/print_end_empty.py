print("a", end="")
print("b", end="")
print()
print("c", end="")
