# sorting: stability with keys (equal keys keep input order, also with reverse=True), multi-key
# sorts by successive passes, keys returning tuples, sorted() on any iterable, errors in keys and
# comparisons, sorting user objects by __lt__ only
records = [("bob", 25, "b"), ("alice", 30, "a"), ("carol", 25, "c"), ("dave", 30, "d"), ("eve", 22, "e"), ("fred", 25, "f")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print([r[0] for r in by_age_then_name])
print([r[0] for r in sorted(records, key=lambda r: (-r[1], r[0]))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted((3, 1, 2), reverse=True), sorted(range(5), key=lambda v: v % 2))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs)
class Item:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"
items = [Item("a", 2), Item("b", 1), Item("c", 2), Item("d", 0), Item("e", 1)]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
def bad_key(v):
    if v == 3:
        raise ValueError("bad key 3")
    return v
data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, data)
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([(1, "b"), (1, "a")]), sorted([True, False, 0, 1]))
floats = [2.5, float("-inf"), -0.0, 0.0, 1e-9, float("inf")]
print(sorted(floats), sorted(floats, reverse=True))
big = [(i * 7919) % 1000 for i in range(200)]
sb = sorted(big)
print(sb[:5], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)), sorted(big, reverse=True)[:3])
lst = [3, 1, 2]
def mutating_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print("ValueError:", e)
print(sorted([], key=lambda v: 1 / 0), sorted(["b", "a"], key=None), sorted("cba", key=lambda c: c, reverse=False))
try:
    sorted([1], lambda v: v)
except TypeError as e:
    print("TypeError:", e)
