# buffering: both
for i in range(3):
    print("line", i)
raise ValueError("after output")
