parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts), ''.join(sorted('python')), 'x'.join(['a']))
