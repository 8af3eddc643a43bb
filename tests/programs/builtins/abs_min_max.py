# abs, min, max: iterables vs arguments, key=, default=, ties keep the first, errors
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(-float("inf")))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), min([5], default=0))
words = ["apple", "fig", "banana", "kiwi", "cherry"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([(1, "b"), (1, "a")]), max([3, 3.0], key=float), min([3.0, 3]))
print(max(1, 2, key=lambda x: -x), min(range(10), key=lambda x: (x - 4) ** 2))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max(x * x for x in range(-5, 3)), min(-1, -1.5, -2 ** 70))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max(1, 2, default=0), lambda: abs("x")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(max([[1, 2], [1, 2, 0], [0, 9]]), min("abc", "abd", "ab"))
