data = {"name": "Ada", "langs": ["python", "swift"], "pos": (1.5, -2), "nested": {"x": [1, {"y": None}]}}
print(data)
print(repr(data["langs"]), str(data["pos"]), [1, [2, [3, [4]]]], ((),), [[]], {"": ""})
lst = [1, 2]
lst.append(lst)
print(lst)
print([0.1, 1e-10, 1e100, -1.5], (1.0,), {1.5: 2.25})
