for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("not reached")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 10
while n > 0:
    n -= 3
else:
    print("while done", n)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x else "no", x > 3 and x < 10, x < 3 or x > 5, not x, 1 < x < 10, 1 < x > 100)
print(0 or [] or "last", 1 and 2 and 3, None and 1, "" or 0)
