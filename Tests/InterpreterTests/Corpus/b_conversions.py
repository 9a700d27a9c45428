print(int('42'), int('-0x1f', 16), int('  7  '), int(3.99), float('3.5e2'), float(7), str(3.0), str([1]), bool([]), bool('x'))
