# __slots__: no __dict__, inheritance of slots, __dict__ in __slots__, errors for conflicts and
# unknown attributes, slot descriptors on the class, empty slots in a subclass
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 9
print(p.y, type(P.x).__name__, P.x.__name__)

class P3(P):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"), P3.__slots__)

class Loose(P):
    pass
l = Loose(1, 2)
l.anything = 5
print(l.anything, l.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
vs = [Vec(i, i * i) for i in range(4)]
total = Vec()
for v in vs:
    total = total + v
print(total, vs, Vec(1, 1) in {Vec(1, 1)})
print(getattr(Vec(), "x"), [getattr(vs[2], n) for n in Vec.__slots__])
un = Vec.__new__(Vec)
try:
    un.x
except AttributeError as e:
    print("AttributeError:", e)
P.x.__set__(p, 100)
print(P.x.__get__(p, P), p.x)
