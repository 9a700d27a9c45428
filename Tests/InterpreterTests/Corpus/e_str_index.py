print('abc'[5])
