print('a\tb', 'c\\d', 'e\'f', "g\"h", '\x41\u00e9', r'raw\n', len('\n'))
