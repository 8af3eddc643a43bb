# dict views: keys/values/items are live, support len/in/iter/reversed; keys and items set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "d" in k, 4 in v, ("d", 5) in i)
del d["a"]
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {"b", "z"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"})
print(sorted(k & ["c", "d"]), {"b", "x"} & k, ["c"] - k if False else {"c", "w"} - k)
print(i & {("b", 2), ("c", 99)}, i - {("b", 2)})
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k.isdisjoint({"x"}), k.isdisjoint({"b"}))
print(sorted(v), sum(v), max(k))
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
it = iter(k)
print(next(it))
try:
    d["new"] = 1
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(dict(i) == d, list(zip(k, v)))
print({}.keys(), {}.values(), {}.items(), d.values() == d.values())
