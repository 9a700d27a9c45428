import timeit
t = timeit.Timer(lambda: sum(range(10)))
print(len(t.repeat(3, 100)), t.timeit(10) >= 0)
