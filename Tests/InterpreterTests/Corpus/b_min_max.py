print(min(4, 2, 8), max('apple', 'pear'), min([3, 1], key=lambda v: -v), max([], default='none'), min((2, 'b'), (2, 'a')))
