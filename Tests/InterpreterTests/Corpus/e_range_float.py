print(range(1.5))
