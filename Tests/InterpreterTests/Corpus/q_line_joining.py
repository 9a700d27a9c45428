total = (1 +
         2 +
         3)
items = [
    'a',
    'b',
]
value = 1 + \
    2
print(total, items, value)
