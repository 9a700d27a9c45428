text = '''line one
line two'''
print(text.upper())
print(text.splitlines(), len(text))
