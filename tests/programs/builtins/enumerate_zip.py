# enumerate (start), zip (shortest, strict, many iterables, unzip with *), laziness
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-2)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "abc")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1], [2], strict=True)))
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
print(list(zip(noisy(5), "ab")))
z = zip("ab", "cd")
print(iter(z) is z, type(z).__name__, type(enumerate([])).__name__)
print(list(enumerate(range(10 ** 20, 10 ** 20 + 2), 2 ** 70)))
