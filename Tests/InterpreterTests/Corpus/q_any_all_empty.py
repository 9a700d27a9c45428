print(any([]), all([]), any([[]]), all([[]]), any(x for x in []), all(x for x in [0]))
