class Vector:
    def __init__(self, *components):
        self.components = list(components)

    def __repr__(self):
        return f"Vector{tuple(self.components)}"

    def __len__(self):
        return len(self.components)

    def __getitem__(self, index):
        return self.components[index]

    def __setitem__(self, index, value):
        self.components[index] = value

    def __contains__(self, value):
        return value in self.components

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self, other)])
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vector(*[k * a for a in self])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self.components)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __call__(self, scale):
        return self * scale

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"

    def __iadd__(self, other):
        self.components = [a + b for a, b in zip(self, other)]
        return self


v = Vector(3, 4)
w = Vector(1, 1)
print(v + w, 2 * v, v * 2, -v, abs(v), len(v), v[0], v[-1], 4 in v, 7 in v)
print(bool(v), bool(Vector(0, 0)), v == Vector(3, 4), v != w, v > w, sorted([v, w, Vector(0, 1)]))
print(sum([v, w]), v(10), f"{v:.2f}", list(v), max(v, w))
v[0] = 5
v += w
print(v, Vector(1) < Vector(2))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    {v: 1}
except TypeError as e:
    print("TypeError:", e)
