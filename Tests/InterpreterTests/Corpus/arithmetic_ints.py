print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(10 // 3 * 3 + 10 % 3, divmod(17, 5), divmod(-17, 5), abs(-4), pow(3, 4), pow(3, 4, 5))
print(1 << 10, 1024 >> 3, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, -(-3), +4)
print(True + True, True * 3, -True, ~True, True & False, True | False)
