d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, 3 in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.items())
for k, v in d.items():
    print(k, v)
d.update({"b": 20, "d": 4})
print(d, d.pop("a"), d, d.setdefault("e", 5), d.setdefault("b", 0))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print({x: x * x for x in range(4)}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), {1: "one", 1.0: "float", True: "bool"})
del d["b"]
print(d, {**d, "z": 26}, d == {"c": 3, "d": 4, "e": 5})
