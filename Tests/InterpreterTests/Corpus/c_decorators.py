def shout(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs).upper()
    return wrapper


def repeat(times):
    def decorate(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]
        return wrapper
    return decorate


@shout
def greet(name):
    return "hello " + name


@repeat(3)
@shout
def cheer(word):
    return word + "!"


print(greet("ada"), cheer("go"), greet.__name__)

registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
class Alpha:
    pass


@register
class Beta(Alpha):
    pass


print(registry, Beta.__mro__)
