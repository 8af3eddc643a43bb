# map (one and several iterables, lazy), filter (None filters falsy), iterator exhaustion
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: x > 2, range(6))), list(filter(lambda x: x % 2, (1, 2, 3))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [1, 0, 2])
print(iter(f) is f, list(f), type(m).__name__, type(f).__name__)
def src():
    for i in range(3):
        print("produce", i)
        yield i
lazy = map(lambda x: x + 100, src())
print("created")
print(next(lazy))
print(list(lazy))
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, ["1", "2"])), set(map(lambda s: s[0], ["ab", "ac", "b"])))
print(list(map(str.upper, filter(lambda w: len(w) > 2, "a bb ccc dddd".split()))))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    map(5, [1])
    print("map with non-callable is created lazily")
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
