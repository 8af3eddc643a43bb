# __init_subclass__ (an implicit classmethod) with keyword arguments, chained through super(),
# plugin registries; __class_getitem__ for subscripting classes (builtin generic aliases: tests/pending)
class Shape:
    kinds = {}
    def __init_subclass__(cls, /, kind=None, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        cls.sides = sides
        Shape.kinds[cls.kind] = cls

class Triangle(Shape, kind="tri", sides=3):
    pass
class Square(Shape, sides=4):
    pass
class Blob(Shape):
    pass
print(sorted(Shape.kinds), Triangle.kind, Triangle.sides, Square.kind, Blob.sides)
print(hasattr(Shape, "kind"))

try:
    class Bad(Shape, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class Mid(Base):
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.from_mid = True
class Leaf(Mid):
    pass
print(Base.subclasses, getattr(Mid, "from_mid", False), Leaf.from_mid)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")
class Handler(Validated):
    required = ("handle",)
    def handle(self):
        return "ok"
try:
    class Broken(Handler):
        handle = None
        required = ("handle", "close")
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[3])

class TypedList(list):
    def __class_getitem__(cls, item):
        sub = type(f"{cls.__name__}_{item.__name__}", (cls,), {"item_type": item})
        return sub
IntList = TypedList[int]
il = IntList([1, 2])
print(IntList.__name__, il.item_type, il, isinstance(il, TypedList))

try:
    class NoGetItem: pass
    NoGetItem[int]
except TypeError as e:
    print("TypeError:", e)

