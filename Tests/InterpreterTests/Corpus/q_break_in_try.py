for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
print('after', i)
