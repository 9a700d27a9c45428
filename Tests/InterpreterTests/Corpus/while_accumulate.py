total = 0
i = 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i >= 100:
        break
print(total, i)
s = 0
a = [1.5, 2.5, 3.5]
b = [2.0, 4.0, 6.0]
for k in range(len(a)):
    s += a[k] * b[k]
print(s)
