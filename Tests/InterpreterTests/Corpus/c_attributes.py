class Config:
    defaults = {"size": 1}

    def __init__(self, **options):
        self.__dict__["options"] = options

    def __getattr__(self, name):
        if name in self.options:
            return self.options[name]
        raise AttributeError(f"no option {name!r}")

    def __setattr__(self, name, value):
        self.options[name] = value


c = Config(width=3)
print(c.width, c.options)
c.height = 4
print(c.height, c.options, getattr(c, "width"), hasattr(c, "depth"), getattr(c, "depth", 9))
try:
    c.depth
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    kind = "plain"


p = Plain()
p.x = 1
print(p.x, p.kind, Plain.kind, vars(p) if False else p.__dict__)
p.kind = "mine"
print(p.kind, Plain.kind)
Plain.kind = "changed"
print(Plain().kind)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "z", 5)
print(p.z, type(p).__name__, p.__class__.__name__)


def describe(self):
    return f"<{self.name}>"


Dynamic = type("Dynamic", (object,), {"name": "dyn", "describe": describe})
print(Dynamic().describe(), Dynamic.__name__, Dynamic.__bases__)
