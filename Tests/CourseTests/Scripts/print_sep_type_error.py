print("ok")
print("a", "b", sep=1)
