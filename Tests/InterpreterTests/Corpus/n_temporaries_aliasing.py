# Expressions whose intermediate arrays may be written in place (temporary elision): an
# array that a name, a container, a view or a closure still refers to must
# keep its values, whatever the expression around it.
import numpy as np

n = 5000  # 40 KB of float64: large enough for a temporary's memory to be reused
x = np.arange(n, dtype=np.float64)

y = x * 2
z = y + 1
print("name:", y[:3], z[:3], y[-1], z[-1])

chain = 2 * x * x + 3 * x + 1
print("chain:", chain[:4], chain[-1], x[:3])

held = [x * 2]
r = held[0] + 1
print("list:", held[0][:3], r[:3])

table = {"a": x * 3}
s = table["a"] - 1
print("dict:", table["a"][:3], s[:3])

view = x[1:]
v = view * 1 + 1
print("view:", view[:3], v[:3], x[:3])

base = x * 1
w = base[::2] + 1
print("slice of a name:", base[:4], w[:3])

g = np.ones(n)
def get():
    return g
h = get() + 1
print("returned global:", g[:2], h[:2])

def make(k):
    return np.full(n, float(k))
m = make(4) * make(5) + make(6)
print("returned temporaries:", m[:2], m.dtype)

def outer():
    kept = x * 10
    def inner():
        return kept + 1
    return inner, kept
inner, kept = outer()
i1 = inner()
print("closure:", kept[:3], i1[:3])

pair = (x * 7, 0)
b = pair[0] + 1
print("tuple:", pair[0][:3], b[:3])

neg = -(x * 3)
print("unary minus:", neg[:3], (-(-(x + 1)))[:3], (~(np.arange(n) * 2))[:3])

small = np.arange(3.0)
print("small:", (small * 2 + 1), small)

ints = np.arange(n) * 2
mixed = ints + 0.5
print("int temporary, float result:", mixed[:3], mixed.dtype, ints[:3])

row = np.arange(4.0) * 2
grid = row + np.arange(n * 4, dtype=np.float64).reshape(n, 4)
print("broadcast:", row, grid.shape, grid[1])

f32 = np.linspace(0, 1, n, dtype=np.float32)
t32 = 2 * f32 * f32 + 3 * f32 + 1
print("float32:", t32.dtype, t32[:3], t32[-1])

same = x * 2
same = same + same
print("operand twice:", same[:3])

acc = x * 1
acc = acc + (acc * 2)
print("nested on one name:", acc[:3])

a2 = np.arange(n, dtype=np.float64).reshape(50, 100)
t = a2.T * 1
print("transposed:", (t + 1)[0, :3], (a2.T + 0).flags["C_CONTIGUOUS"])

print("power:", ((x + 1) ** 2)[:3], "true divide:", ((x + 1) / 2)[:3], "floor:", ((x * 3) // 2)[:3])
print("comparison after arithmetic:", ((x * 2) > 10)[:8].sum())
