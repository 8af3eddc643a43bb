# __new__ and __init__: __new__ returning another type skips __init__, singletons and interning by
# __new__, __init__ returning non-None, arguments passed to both, object.__new__ errors
class Interned:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        self = super().__new__(cls)
        cls._cache[name] = self
        print("new", name)
        return self
    def __init__(self, name):
        print("init", name)
        self.name = name
a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, len(Interned._cache))

class NotMine:
    def __new__(cls, v):
        return [v]
    def __init__(self, v):
        print("never printed")
print(NotMine(3), type(NotMine(3)).__name__)

class Sub(NotMine):
    pass
print(Sub(4))

class Base:
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        print("Base.__init__", args, kwargs)
class Kid(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.sum = x + y
k = Kid(1, y=2)
print(k.sum)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)

class OnlyNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(OnlyNew(9).v)

class Immutable:
    __slots__ = ("_v",)
    def __new__(cls, v):
        self = object.__new__(cls)
        object.__setattr__(self, "_v", v)
        return self
    def __setattr__(self, n, v):
        raise AttributeError("immutable")
    @property
    def v(self):
        return self._v
im = Immutable(5)
print(im.v)
try:
    im.v = 6
except AttributeError as e:
    print("AttributeError:", e)

class Factory:
    def __new__(cls, kind):
        target = {"a": A, "b": B}[kind]
        return super().__new__(target)
    def __init__(self, kind):
        self.kind = kind
class A(Factory):
    pass
class B(Factory):
    pass
fa, fb = Factory("a"), Factory("b")
print(type(fa).__name__, type(fb).__name__, fa.kind, fb.kind)

inst = object.__new__(Kid)
print(type(inst).__name__, hasattr(inst, "sum"))
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
