n = 48879
print(f'{n:x}', f'{n:#X}', f'{n:o}', f'{n:b}', f'{n:,d}', f'{-n:08d}', f'{n:>10}', f'{n:^10}|', f'{True:d}')
