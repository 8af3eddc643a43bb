# C3 linearization: diamonds, the classic examples, super() chains following the MRO, mro()
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in A.mro()])
print([k.__name__ for k in B.__mro__], [k.__name__ for k in C.__mro__])

class Base:
    def __init__(self):
        self.trail = ["Base"]
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
    def who(self):
        return ["Bottom"] + super().who()

b = Bottom()
print(b.trail, b.who())
print([k.__name__ for k in Bottom.__mro__])
print(Bottom.__bases__ == (Left, Right), Left.__base__ is Base, object.__bases__)

# attribute resolution follows the MRO, not depth-first
class X:
    attr = "X"
class Y(X):
    pass
class Z(X):
    attr = "Z"
class W(Y, Z):
    pass
print(W.attr, W().attr)

# mixins
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Pt(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, 2).to_json(), Pt(1, 2) == Pt(1, 2), Pt(1, 2) == Pt(2, 1))
print([k.__name__ for k in Pt.__mro__])

for bases in [("A1", "B1"), ("B1", "A1")]:
    pass
class A1: pass
class B1(A1): pass
try:
    class Bad(A1, B1): pass
except TypeError as e:
    print("TypeError:", str(e).replace("\n", " "))
class Good(B1, A1): pass
print([k.__name__ for k in Good.__mro__])
try:
    class Dup(A1, A1): pass
except TypeError as e:
    print("TypeError:", e)

# super() with explicit arguments skips along the MRO
class P1:
    def name(self): return "P1"
class P2(P1):
    def name(self): return "P2"
class P3(P2):
    def name(self): return "P3"
p = P3()
print(super(P3, p).name(), super(P2, p).name(), P1.name(p))
print(issubclass(A, O), issubclass(A, E), issubclass(E, A), isinstance(b, Right))
