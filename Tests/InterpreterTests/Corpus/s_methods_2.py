t = 'Hello World'
print(t.lower().count('o'), t.index('W'), t.rindex('o'), t.center(15, '.'), t.split('o'), t.rsplit('o', 1))
