n = 10 ** 5000
print(len(str(10 ** 4000)))
print(str(n))
