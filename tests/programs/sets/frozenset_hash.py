# frozenset hashing, equality across set/frozenset, nesting
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(["a", "b"])))
print(hash(frozenset(range(100))), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1])])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
f = frozenset(range(20))
g = frozenset(range(19, -1, -1))
print(hash(f) == hash(g), f == g)
t(lambda: hash({1}))
t(lambda: hash(frozenset([1, 2])))
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
t(lambda: d[{1, 2}])
print({1, 2} == frozenset([1, 2]), frozenset([1, 2]) == {2, 1}, {1} != frozenset([1]))
print({frozenset([1]), frozenset([1])}, len({frozenset([1]), frozenset([1])}))
nested = frozenset([frozenset([1, 2]), frozenset([3]), frozenset()])
print(len(nested), frozenset([3]) in nested, {3} in nested)
print(frozenset([1, 2, 3]) - {1}, frozenset("abc") & frozenset("bcd"))
print(repr(frozenset()), repr(frozenset([1])), str(frozenset([None])))
s = frozenset([1, 2])
print(frozenset(s) is s, set(s) is s, type(set(s)).__name__)
print(hash(frozenset([-1])), hash(frozenset([-2])), hash(frozenset([2**61 - 1])))
x = set()
for i in range(30):
    x.add(i)
for i in range(0, 30, 3):
    x.discard(i)
print(hash(frozenset(x)), hash(frozenset(list(x))))
