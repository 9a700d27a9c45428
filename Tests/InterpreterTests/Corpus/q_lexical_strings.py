print('single', "double", '''triple''', """also""", 'con' 'cat', r'\d+', 'a\
b')
