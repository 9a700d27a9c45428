class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)


p = Point(3, 4)
print(p, p.norm, p + Point(1, 1), Point.origin(), Point.unit(), Point.dims, p.dims)
print(p == Point(3, 4), p != Point(3, 4), {p: 1}[Point(3, 4)], p in [Point(3, 4)])
print(type(p), type(p).__name__, Point.__mro__, isinstance(p, Point), Point.__doc__)
print(Point.__qualname__, Point.__module__, p.__dict__)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(" + super().__repr__() + f", {self.z})"


q = Point3(1, 2, 3)
print(q, q.dims, isinstance(q, Point), issubclass(Point3, Point), Point3.__bases__)


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        self.i = 0
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

    def __len__(self):
        return self.n


c = Counter(3)
print(list(c), len(c), sum(Counter(4)), bool(Counter(0)), [x * 2 for x in Counter(2)])


class MyError(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value {value}")
        self.value = value


try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.value, e.args, repr(e))


class Plain:
    pass


print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
Plain(1)
