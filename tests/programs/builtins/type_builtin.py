# type(): of values, type of types, comparisons, type(name, bases, dict) creating classes, __name__
for v in (1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, lambda: 0, type, object(), iter([]), (x for x in [])):
    print(type(v).__name__, end=" ")
print()
print(type(type(1)), type(int), type(None), type(1) is int, type(True) is not int)
Point = type("Point", (), {"x": 0, "show": lambda self: "P(%d)" % self.x})
p = Point()
p.x = 4
print(Point.__name__, p.show(), type(p) is Point, isinstance(p, Point))
Sub = type("Sub", (Point,), {"y": 1})
print(Sub.__mro__[1] is Point, Sub().show(), Sub.y, Sub.__bases__[0].__name__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type))
print(type(1)(5), type("")("x"), type([])("ab"), type(3.0)("2.5"))
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(int.__name__, str.__qualname__, list.__module__, type(p).__module__)
