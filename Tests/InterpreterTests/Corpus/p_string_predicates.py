for s in ['123', 'abc', 'a1', ' ', '', 'ABC', 'Abc']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
