# descriptors: __get__/__set__/__delete__, __set_name__, data vs non-data precedence over instance dict
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + " must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x, isinstance(Point.x, Typed))
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v if obj is not None else ("class access", objtype.__name__)
class K:
    c = Const(5)
print(K().c, K.c)
