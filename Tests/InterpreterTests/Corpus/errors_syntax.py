print("fine")
x = (1, 2
