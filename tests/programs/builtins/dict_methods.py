# dict methods: get setdefault pop popitem update fromkeys copy clear keys values items, | and |=, order
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d.get("a"), d.get("z"), d.get("z", 0), d["b"], len(d), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), "v"))
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"], c is d)
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
e = {"a": 1, "b": 2}
print(e | {"b": 3, "c": 4}, {"c": 4} | e)
e |= {"a": 0, "d": 5}
print(e)
o = {}
o["z"] = 1; o["a"] = 2; o["m"] = 3
del o["a"]
o["a"] = 4
print(list(o), o)
o["z"] = 99
print(list(o.items()))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
print({True: "t", 1: "one", 1.0: "float"}, {(1, 2): "tuple key"}[1, 2])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(repr({}), repr({"k": "v", 1: None}), str({1: {2: {}}}))
print(sorted(d.items()), list(reversed({"p": 1, "q": 2})), len(dict(zip(range(100), range(100)))))
