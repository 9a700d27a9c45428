n = 17
d = 2
while d * d <= n:
    if n % d == 0:
        print('composite')
        break
    d += 1
else:
    print('prime')
