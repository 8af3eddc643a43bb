# property: getter, setter, deleter, property() called directly, fget/fset/fdel, overriding a
# setter in a subclass, read-only and write-only errors, properties computed from others
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"too cold: {value}")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fdel)

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)

class Manual:
    def _get(self):
        return self._v * 10
    def _set(self, v):
        self._v = v
    def _del(self):
        del self._v
    v = property(_get, _set, _del, "manual property")
m = Manual()
m.v = 4
print(m.v, Manual.v.__doc__)
del m.v
try:
    m.v
except AttributeError as e:
    print("AttributeError:", e)

class WriteOnly:
    secret = property(None, lambda self, v: setattr(self, "_s", v))
w = WriteOnly()
w.secret = "x"
print(w._s)
try:
    w.secret
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Clamped(Base):
    @Base.x.setter
    def x(self, v):
        self._x = max(0, min(10, v))
c = Clamped()
c.x = 50
b = Base()
b.x = 50
print(c.x, b.x)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        self.computed += 1
        return [1, 2, 3]
lz = Lazy()
print(lz.data, lz.data, lz.computed)

prop = property(lambda self: "g")
prop2 = prop.setter(lambda self, v: None)
print(prop is prop2, prop2.fset is not None, prop.fset)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(lambda self: 2 * (self.w + self.h))
print(Rect(3, 4).area, Rect(3, 4).perimeter)
