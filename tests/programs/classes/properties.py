# property: getter, setter, deleter, read-only errors, property() call form, computed values
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
class Old:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx, None, "the x")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__, type(Old.x).__name__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return "computed"
l = Lazy()
print(l.value, l.value, Lazy.calls)
class Child(Temp):
    @property
    def celsius(self):
        return "child sees " + str(self._c)
print(Child(5).celsius)
print(isinstance(Temp.celsius, property), Temp.celsius.fget.__name__)
