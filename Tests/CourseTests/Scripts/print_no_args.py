print()
print("x")
print()
print()
