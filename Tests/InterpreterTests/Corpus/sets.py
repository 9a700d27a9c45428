s = {3, 1, 2}
s.add(4)
s.add(1)
print(len(s), 3 in s, 9 in s, sorted(s))
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b) if False else sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), set(), set([1, 1, 2]) == {1, 2}, {x % 3 for x in range(10)} == {0, 1, 2})
a.discard(10)
a.remove(1)
print(sorted(a), frozenset() == set(), len(set("hello")))
