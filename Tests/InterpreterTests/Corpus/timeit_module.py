import timeit
calls = []
def work():
    calls.append(1)
t = timeit.Timer(work)
elapsed = t.timeit(number=50)
print(len(calls), type(elapsed).__name__, elapsed >= 0)
times = t.repeat(repeat=3, number=10)
print(len(calls), len(times), all(x >= 0 for x in times))
number, taken = timeit.Timer("sum(range(100))").autorange()
print(number in (1, 2, 5) or number % 10 == 0, taken >= 0.2)
print(type(timeit.timeit("1 + 1", number=1000)).__name__, len(timeit.repeat("x = 1", number=10, repeat=4)))
print(type(timeit.default_timer()).__name__)
