print("a", "b", "c", sep="")
print(1, 2, 3, sep="")
