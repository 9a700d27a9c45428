a = [1, 2]
try:
    a.remove(5)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
print(a.index(2))
