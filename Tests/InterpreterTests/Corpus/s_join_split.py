words = 'the quick  brown fox'.split()
print(words, ' '.join(words), '-'.join(w.capitalize() for w in words), 'a,b'.split(',', 1))
