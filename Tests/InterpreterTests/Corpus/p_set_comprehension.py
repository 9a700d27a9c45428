print(sorted({n % 7 for n in range(30)}), sorted({c.lower() for c in 'HeLLo'}), len({(1, 2), (1, 2), (2, 1)}))
