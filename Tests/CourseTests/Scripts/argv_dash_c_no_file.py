# via: -c
print("start")
print(__file__)
