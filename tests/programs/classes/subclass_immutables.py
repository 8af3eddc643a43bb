# subclassing int, str, float and tuple: __new__ to set the value, results of operations are of the
# base type, extra methods and attributes, a namedtuple-like tuple subclass with properties
class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj
    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

m = Money(1250)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m == 1250, hash(m) == hash(1250))
print(isinstance(m, int), m.bit_length(), f"{m:d}", "%d" % m, -m, abs(Money(-5)))
print(sorted([Money(3), Money(1), 2]), max(Money(5), 4))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), type(c.to_f()).__name__, repr(c), round(Celsius(2.5)))

class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())
    def wrap(self):
        return f"<{self}>"
t = Tag("  HTML ")
print(t, t.wrap(), len(t), t.upper(), type(t.upper()).__name__, t + "5", type(t + "5").__name__)
print(t == "html", {t: 1}["html"], t in ["html"], t[1:], type(t[1:]).__name__, repr(t))

class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
print(Path("usr") / "lib" / "x.py", type(Path("a") / "b").__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, "x")
print(p, p.first, p.second, p.swap(), len(p), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p == (1, "x"), hash(p) == hash((1, "x")), p[::-1], sorted([Pair(2, 1), Pair(1, 2)]))

class Flags(int):
    NAMES = {1: "read", 2: "write", 4: "exec"}
    def __repr__(self):
        names = [n for bit, n in self.NAMES.items() if self & bit]
        return "|".join(names) or "none"
    def __or__(self, other):
        return Flags(int(self) | int(other))
print(repr(Flags(1) | Flags(4)), repr(Flags(0)), Flags(3) & 1, type(Flags(3) & 1).__name__)

class Point3(tuple):
    __slots__ = ()
    def __new__(cls, x, y, z):
        return tuple.__new__(cls, (x, y, z))
    x = property(lambda s: s[0])
    y = property(lambda s: s[1])
    z = property(lambda s: s[2])
pt = Point3(1, 2, 3)
print(pt.x + pt.y + pt.z, pt, hasattr(pt, "__dict__"))

class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 0, "yes" if BoolLike(1) else "no")
print(int.__new__(Money, 7).__class__.__name__, str(int.__new__(Money, 7) + 0))
