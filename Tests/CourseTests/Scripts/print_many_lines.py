# buffering: both
for i in range(5000):
    print(i, i * i, "line")
