a = 1; b = 2; print(a + b); c = [a, b]; print(c)
