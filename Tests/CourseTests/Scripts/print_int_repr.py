print(0, -1, 10**20, -(2**63), 2**64 + 1)
print(7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 5)
print(int("  42 "), hex(255), oct(8), bin(5))
print(True + True, repr(True), False * 3)
