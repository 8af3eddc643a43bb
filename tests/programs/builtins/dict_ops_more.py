# dict operations: insertion order kept through updates, deletion and reinsertion; | and |=;
# views reflecting changes; popitem LIFO; setdefault; fromkeys sharing one value; update from
# pairs, dicts and keywords; comparisons; errors
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d))
del d["b"]
d["b"] = 20
print(d)
e = {"a": 0, "z": 26}
print(d | e, e | d, d)
d |= {"y": 25}
d |= [("x", 24)]
print(d)
keys, values, items = d.keys(), d.values(), d.items()
d["new"] = 1
print(len(keys), list(values)[-1], ("new", 1) in items, "new" in keys, list(reversed(keys)))
print(d.popitem(), d.popitem(), d)
print(d.setdefault("a", 999), d.setdefault("q", []), d)
d["q"].append(1)
print(d["q"])
fk = dict.fromkeys(["x", "y"], [])
fk["x"].append(1)
print(fk, dict.fromkeys("ab"), dict.fromkeys(range(3), 0))
u = {}
u.update({"a": 1})
u.update([("b", 2), ("c", 3)])
u.update(c=30, d=4)
u.update((k, v) for k, v in [("e", 5)])
print(u)
print(u.get("a"), u.get("zz"), u.get("zz", "default"), u.pop("a"), u.pop("zz", None))
try:
    u.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3}, dict(a=1) == {"a": 1})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict([("a", 1)], b=2), dict({"a": 1}, a=5), dict(zip("ab", [1, 2])), dict(dict(x=1).items()))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()), sorted(counts))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {**inv, 3: "c"}, len({**{}, **{}}))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
cp = u.copy()
cp["b"] = "changed"
print(u["b"], cp["b"], u.keys() == cp.keys(), u.items() == cp.items())
print(u.keys() & {"b", "x"}, sorted(u.keys() | {"x"}), sorted(u.keys() - {"b"}), sorted(u.keys() ^ {"b", "z"}))
print({"a": 1}.items() <= {"a": 1, "b": 2}.items(), {(1, 2)} == {1: 2}.items(), list({1: 2}.items()))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"].get("inner")[-1])
dk = {(1, 2): "tuple", 3.5: "float", None: "none", True: "bool", frozenset([1]): "fs"}
print(dk[(1, 2)], dk[3.5], dk[None], dk[1], dk[frozenset([1])], len(dk))
print(repr(dict()), str({"k": "v"}), {1: {2: {3: {}}}})
d2 = {}
d2[1] = d2
print(d2)
