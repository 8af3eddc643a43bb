# list(), tuple(), dict(): from iterables, mappings, keyword arguments, pairs; copies; errors
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3}), list(x for x in "xy"))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({"k": 0}))
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([["k", "v"]]), dict([(1, 2), (1, 3)]), dict({}.items()), dict(((i, i * i) for i in range(3))))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b, tuple(a) == (1, 2))
t = (1, 2)
print(tuple(t) is t, list(t))
d1 = {"a": [1]}
d2 = dict(d1)
d2["b"] = 2
d2["a"].append(9)
print(d1, d2)
for bad in (lambda: list(5), lambda: tuple(None), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(5), lambda: list(1, 2)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list([[]]), [[]] * 3, [0] * 0, (1,) * 3, list(reversed([1, 2, 3])))
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
