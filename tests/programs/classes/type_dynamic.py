# type(name, bases, ns): dynamic classes with methods, inheritance, class attributes; type() of
# values; changing names; classes made in loops
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "dynamic"})
d = Dyn(21)
print(Dyn.__name__, Dyn.__qualname__, Dyn.kind, d.double(), type(d) is Dyn)
print(Dyn.__bases__, Dyn.__mro__[-1] is object, repr(Dyn))

Sub = type("Sub", (Dyn,), {"double": lambda self: "sub " + str(Dyn.double(self))})
print(Sub(4).double(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])

def make_class(name, fields):
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "_fields": tuple(fields)})

Point = make_class("Point", ["x", "y"])
Color = make_class("Color", ["r", "g", "b"])
print(Point(1, 2), Color(255, 0, 10), Point._fields)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)

print(type(1), type("s"), type([]), type(None), type(type), type(len), type(print))
print(type(1) is int, type(True) is bool, type(1.0).__name__)

classes = [type(f"C{i}", (), {"n": i}) for i in range(3)]
print([c.n for c in classes], [c.__name__ for c in classes])

Dyn.__name__ = "Renamed"
print(Dyn.__name__, Dyn.__qualname__)
Dyn.__qualname__ = "Outer.Renamed"
print(Dyn.__qualname__)

for args in [("X",), ("X", ()), ("X", (), {}, 1), (1, (), {}), ("X", (1,), {}), ("X", [], {})]:
    try:
        r = type(*args)
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)

E = type("E", (Exception,), {"code": 7})
try:
    raise E("dynamic error")
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, E))

Lst = type("Lst", (list,), {"total": lambda self: sum(self)})
l = Lst([1, 2, 3])
l.append(4)
print(l, l.total(), type(l).__name__, isinstance(l, list))
ns = {"a": 1}
T = type("T", (), ns)
ns["b"] = 2
print(hasattr(T, "a"), hasattr(T, "b"))
print(type.__name__, type(type).__name__, isinstance(type, type), isinstance(object, type))
