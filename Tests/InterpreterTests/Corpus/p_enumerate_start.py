for i, c in enumerate('abc', start=10):
    print(i, c, end=' ')
print()
