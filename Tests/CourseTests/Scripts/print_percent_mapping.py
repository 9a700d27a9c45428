print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%(x)5.1f|%(x)r" % {"x": 2.25})
