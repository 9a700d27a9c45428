s = 'text'
print(getattr(s, 'upper')(), hasattr(s, 'nope'), getattr(s, 'nope', 42), callable(getattr(s, 'split')))
