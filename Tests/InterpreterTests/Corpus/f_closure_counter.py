def make():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = make()
print(acc(1), acc(2), acc(10))
