print(int('1010', 2), int('777', 8), int('zz', 36), int('0o17', 0), int('1_000'), hex(255), oct(8), bin(-5))
