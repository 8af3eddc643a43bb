# __eq__ and __hash__: use as dict keys and set members; defining __eq__ removes __hash__
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % self.k
d = {Key(1): "one", Key("a"): "A"}
print(d[Key(1)], d[Key("a")], Key(1) in d, Key(2) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s), Key(2) in s)
print(Key(1) == Key(1), Key(1) != Key(1), Key(1) == 1, Key(1) != 1)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
print(NotImpl() == NotImpl(), NotImpl() != 3)
class Reflect:
    def __eq__(self, other):
        print("Reflect.__eq__ called")
        return True
print(1 == Reflect(), Reflect() == 1)
class NeOverride:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(NeOverride() != 1)
print([Key(1), Key(2)].index(Key(2)), [Key(3)].count(Key(3)), Key(5) in [Key(5)])
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print("TypeError:", e)
