# __hash__ and __eq__: defining __eq__ sets __hash__ to None, unhashable errors, inheriting an
# explicit __hash__, hash/eq contracts in dicts and sets, __hash__ returning big or bad values
class Plain:
    pass
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)
class InheritsNone(EqOnly):
    pass
class Restored(EqOnly):
    __hash__ = object.__hash__

print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, InheritsNone.__hash__)
print(hash(Plain()) == hash(Plain()), callable(Restored.__hash__))
for cls in (EqOnly, InheritsNone):
    try:
        hash(cls(1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(1)}
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(1): 1}
    except TypeError as e:
        print("TypeError:", e)

s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, EqHash(3) in s)
d = {EqHash("k"): "v"}
print(d[EqHash("k")], d.get(EqHash("x")))
r1 = Restored(1)
print(r1 in {r1}, Restored(1) in {r1})

class NoEq:
    __eq__ = None
print(NoEq.__hash__ is object.__hash__)

class HashOnly:
    def __hash__(self):
        return 7
print(hash(HashOnly()), HashOnly() == HashOnly(), len({HashOnly(), HashOnly()}))

class BigHash:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(BigHash(2 ** 62)), hash(BigHash(-1)), hash(BigHash(2 ** 64 + 5)), hash(BigHash(-2 ** 70)))
print(hash(BigHash(True)))
for bad in (1.5, "x", None):
    try:
        hash(BigHash(bad))
    except TypeError as e:
        print("TypeError:", e)

class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print("eq", self.name, o.name)
        return self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
k = {Key("A"): 1}
print(k[Key("a")])

try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(type.__hash__(int) == hash(int), hash(None) == hash(None))

class UnhashableList(list):
    pass
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
try:
    hash(UnhashableList())
except TypeError as e:
    print("TypeError:", e)
print(hash(HashableList([1, 2])) == hash((1, 2)), HashableList([1]) in {HashableList([1])})
