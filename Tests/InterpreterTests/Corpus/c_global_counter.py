count = 0
def bump():
    global count
    count += 1
for _ in range(5):
    bump()
print(count)
