import math
for f, x in ((math.sqrt, -1.0), (math.log, 0), (math.acos, 2)):
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, e)
