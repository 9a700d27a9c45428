total = sum(x * x for x in range(10) if x % 3)
first = next(x for x in range(100) if x * x > 50)
print(total, first, max((len(w), w) for w in 'a bbb cc'.split()))
