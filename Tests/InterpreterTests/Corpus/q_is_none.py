x = None
print(x is None, x is not None, None == None, [] is [], (lambda: None)() is None)
