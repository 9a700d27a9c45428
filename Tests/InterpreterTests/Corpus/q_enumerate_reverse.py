items = ['x', 'y', 'z']
for i, item in reversed(list(enumerate(items))):
    print(i, item)
