# buffering: both
print("line one")
print("no newline at end", end="")
