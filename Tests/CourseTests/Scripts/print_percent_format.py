print("%d items" % 5)
print("%s and %r" % ("a", "a"))
print("%5.2f|%-6d|%06.1f|%x|%e" % (3.14159, 42, 2.5, 255, 12345.678))
print("%%literal %c" % 65)
