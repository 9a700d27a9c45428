print('apple' < 'banana', 'Zebra' < 'apple', 'abc' == 'abc', 'a' * 0 == '', 'ab' in 'cabd', 'x' not in 'abc')
