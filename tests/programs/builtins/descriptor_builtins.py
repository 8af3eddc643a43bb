# staticmethod, classmethod and property as objects: __func__, __wrapped__-like access, calling
# through the class and instances, classmethods on subclasses, stacking with property-like
# descriptors, and their reprs/types
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
class Kelvin(Temp):
    scale = "K"

print(Temp.c_to_f(100), Temp(1).c_to_f(0), Temp.from_f(212).deg, type(Kelvin.from_f(32)).__name__)
print(Temp.describe(), Kelvin.describe(), Kelvin(0).describe())
sm = Temp.__dict__["c_to_f"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(10), cm.__func__(Kelvin, 32).deg, callable(sm))
print(Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin, Temp.c_to_f is sm.__func__, Temp.from_f.__func__ is cm.__func__)
print(isinstance(sm, staticmethod), isinstance(cm, classmethod), isinstance(Temp.__dict__["__init__"], staticmethod))

def plain(x):
    return x + 1
s = staticmethod(plain)
c = classmethod(plain)
print(s.__func__ is plain, c.__func__ is plain, s(1) if callable(s) else "not callable")
class Late:
    pass
Late.s = staticmethod(lambda: "late static")
Late.c = classmethod(lambda cls: cls.__name__)
print(Late.s(), Late().s(), Late.c(), Late().c())

class Registry:
    items = []
    @classmethod
    def add(cls, item):
        cls.items.append(item)
        return cls
    @staticmethod
    def helper(*args, **kw):
        return args, kw
print(Registry.add(1).add(2).items, Registry.helper(1, k=2), Registry().helper())

class Shadow:
    @staticmethod
    def m():
        return "static"
sh = Shadow()
sh.m = lambda: "instance attr"
print(sh.m(), Shadow.m())

p = property(lambda self: 1)
print(type(p).__name__, p.fget(None), p.fset, p.__get__(None, object) is p, isinstance(p, property))
class UsesP:
    val = p
print(UsesP().val)
class Chain:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    v = v.setter(lambda self, x: setattr(self, "_v", x * 2))
ch = Chain()
ch.v = 5
print(ch.v)
try:
    staticmethod(1)()
except TypeError as e:
    print("TypeError:", e)
print(repr(Temp.from_f).startswith("<bound method Temp.from_f of <class"), repr(Temp.c_to_f).startswith("<function Temp.c_to_f"))
