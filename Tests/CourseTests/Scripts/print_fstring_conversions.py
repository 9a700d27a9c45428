w = 8
print(f"{'é'!a} {'ok'!s} {3!r} {'日本'!a}")
print(f"{'left':<{w}}|{'right':>{w}}|")
print(ascii("naïve"), ascii(["ü", 1]))
