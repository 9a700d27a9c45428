# buffering: both
print("partial line", end="")
raise KeyError("k")
