import math
print(math.factorial(50), 2 ** 200 // 3 ** 50, (10 ** 30 + 7) % 13, -(10 ** 25) // 7, str(2 ** 128)[:10])
