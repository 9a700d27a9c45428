class AppError(Exception):
    """Base of the application's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing {self.key!r}"


def find(d, key):
    try:
        return d[key]
    except KeyError as error:
        raise NotFound(key) from error


for key in ["a", "b"]:
    try:
        print(find({"a": 1}, key))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.key, repr(e), isinstance(e, Exception), type(e.__cause__).__name__)

try:
    raise AppError("plain", 2)
except AppError as e:
    print(e, e.args, repr(e))

find({}, "z")
