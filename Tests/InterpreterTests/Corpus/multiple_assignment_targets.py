a = b = []
a.append(1)
print(a, b)
d = {}
d["x"] = d["y"] = 0
print(d)
class_like = {"count": 0}
class_like["count"] += 5
items = [1, 2, 3]
items[0] += 10
items[-1] *= 2
print(class_like, items)
x = [1]
y = x
x += [2]
print(x is y, y)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
