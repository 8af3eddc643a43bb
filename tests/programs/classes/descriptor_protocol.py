# descriptors: data vs non-data precedence, __set_name__, access through the class, validation
# fields, a cached-property-like non-data descriptor, __delete__
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print(f"delete {self.name}")
        delattr(obj, self.slot)

class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

it = Item("bolt", 5)
print(it.name, it.qty, vars(it))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(it.qty, isinstance(Item.qty, Typed), Item.qty.name, Item.name.slot)
it.__dict__["name"] = "shadow?"
print(it.name)

class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    calls = 0
    @Cached
    def expensive(self):
        Data.calls += 1
        return sum(range(100))
d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in vars(d))
d.expensive = 5
print(d.expensive)

class Verbose:
    def __get__(self, obj, objtype=None):
        return ("get", type(obj).__name__, objtype.__name__)
class Holder:
    v = Verbose()
print(Holder.v, Holder().v)
h = Holder()
h.v = "instance wins over non-data"
print(h.v)

class DataOnly:
    def __get__(self, obj, objtype=None):
        return "descriptor"
    def __set__(self, obj, value):
        print("set ignored", value)
class H2:
    v = DataOnly()
h2 = H2()
h2.__dict__["v"] = "instance"
print(h2.v)
h2.v = 3

class NoGet:
    def __set__(self, obj, value):
        obj.__dict__["ng"] = value * 2
class H3:
    ng = NoGet()
h3 = H3()
print(type(H3.ng).__name__)
h3.ng = 4
print(h3.ng)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    a = Named()
    b = Named()
later = Named()
Owner.c = later
print(hasattr(later, "name"))

class Meth:
    def method(self):
        return "m"
f = Meth.__dict__["method"]
print(f.__get__(Meth(), Meth)(), f.__get__(None, Meth) is f)
sm = staticmethod(len)
print(sm.__get__(None, object)("abc"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, Meth)(), cm.__get__(Meth())())
