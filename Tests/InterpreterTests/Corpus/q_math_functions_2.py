import math
print(math.atan(1) * 4, math.cosh(0), math.tanh(0.5), math.log1p(1e-10), math.expm1(1e-10), math.erf(0.5))
