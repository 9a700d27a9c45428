cache = {}
def ways(n):
    if n <= 1:
        return 1
    if n not in cache:
        cache[n] = ways(n - 1) + ways(n - 2)
    return cache[n]
print([ways(i) for i in range(10)], ways(80))
