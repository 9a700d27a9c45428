print("first", end="\n\n")
print("second", end="\n\n")
print("third")
