x = 1
del x
try:
    x
except NameError as e:
    print(e)
