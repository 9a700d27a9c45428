def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return 'returned'
        finally:
            print('finally', i)
print(f())
