import math
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.exp(1), math.log(100, 10), math.log10(1000), math.log2(8), math.sin(math.pi / 6), math.cos(0))
print(math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.hypot(3, 4))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.degrees(math.pi), math.atan2(1, 1))
print(math.comb(10, 3), math.prod([1, 2, 3, 4]), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, -3))
from math import sqrt as root, pi
print(root(16), pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
math.log(0)
