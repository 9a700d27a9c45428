import math
N = 30
total = 0.0
for k in range(N):
    total += (-1 / 3) ** k / (2 * k + 1)
pi = math.sqrt(12) * total
print(pi, abs(pi - math.pi) < 1e-15)
