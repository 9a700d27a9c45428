print(type(3).__name__, type([]).__name__, type(len).__name__, type(lambda: 0).__name__, type(None).__name__, type(range(1)).__name__)
