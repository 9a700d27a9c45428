text = 'the cat and the hat and the bat'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{word:<5}{n:>3}')
