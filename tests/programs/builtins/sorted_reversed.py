# sorted and list.sort: key, reverse, stability (also with reverse), mixed errors; reversed
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2]), sorted("dcba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 3, 9}), sorted([]))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([1.5, 1, True, 0, -2.5]), sorted([[2], [1, 5], [1]]))
words = ["aa", "b", "cc", "d", "ee"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 2, 8, 1]
print(lst.sort(), lst)
lst.sort(reverse=True)
print(lst)
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
recs.sort(key=lambda r: r["a"])
print([r["n"] for r in recs])
print(sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
for bad in (lambda: sorted([1, "a"]), lambda: sorted([1, None]), lambda: [3, {}].sort(), lambda: sorted(5)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
big = list(range(200, 0, -1))
print(sorted(big)[:5], sorted(big, key=lambda x: x % 7)[:10])
print(sorted([(1, "b"), (1, "a")], key=lambda p: p[0]))
