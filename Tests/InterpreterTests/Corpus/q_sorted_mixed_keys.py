words = ['bb', 'a', 'ccc', 'dd']
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len, reverse=True))
