queue = [3, 1, 4, 1, 5]
seen = []
while queue:
    item = queue.pop(0)
    if item in seen:
        continue
    seen.append(item)
print(seen)
