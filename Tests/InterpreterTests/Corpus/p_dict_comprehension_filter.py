scores = {'ann': 91, 'bob': 78, 'cat': 85}
print({k: v for k, v in scores.items() if v > 80}, max(scores, key=scores.get), sorted(scores.items(), key=lambda kv: kv[1]))
