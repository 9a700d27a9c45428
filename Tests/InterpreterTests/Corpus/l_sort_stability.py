people = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
