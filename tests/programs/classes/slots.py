# __slots__: no instance __dict__, only declared attributes, inheritance and defaults via class
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = "set"
print(q.a)
del q.a
print(hasattr(q, "a"))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
class Free(P):
    pass
f = Free(1, 2)
f.anything = "ok"
print(f.anything, sorted(f.__dict__))
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)
print(type(P.x).__name__)
class WithMethods:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "W(%r)" % self.v
print([WithMethods(i).double() for i in range(3)], WithMethods("a"))
