print("to stdout via None", file=None)
print("x", "y", sep="\n")
print(flush=True)
