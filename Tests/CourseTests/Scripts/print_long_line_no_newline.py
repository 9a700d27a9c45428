# buffering: both
print("x" * 100000, end="")
