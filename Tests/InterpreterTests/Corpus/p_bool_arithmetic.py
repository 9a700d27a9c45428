print(sum([True, True, False]), True + 1.5, True == 1, False is False, [True] * 3, int(True) << 3)
