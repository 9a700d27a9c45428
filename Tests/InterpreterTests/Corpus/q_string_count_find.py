s = 'banana'
print(s.count('a'), s.count('an'), s.find('na'), s.find('na', 3) if False else s.rfind('na'), s.replace('a', '', 2), s.startswith('ban'))
