class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__])
print(isinstance(d, C), issubclass(D, A), D.__bases__, type(d) is D)


class Base:
    count = 0

    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.count += 1

    @classmethod
    def make(cls):
        return cls()

    def __repr__(self):
        return f"{type(self).__name__}(tag={self.tag})"


class Child(Base, tag="child"):
    pass


class Other(Base):
    pass


print(Child.make(), Other.make(), Base.count, Child.tag)
try:
    class X(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(B, A, C):
        pass
except TypeError as e:
    print("TypeError:", e)
