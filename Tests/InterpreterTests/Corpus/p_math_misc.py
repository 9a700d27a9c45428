import math
print(math.isqrt(17) if hasattr(math, 'isqrt') else 4, math.ceil(-0.5), math.floor(2.0), math.sqrt(16.0), math.exp(0), math.tau / 2 == math.pi)
