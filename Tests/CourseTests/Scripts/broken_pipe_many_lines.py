# pipe: head
# buffering: both
for i in range(100000):
    print(i)
