# introspection builtins: callable, vars, dir (sorted names), getattr/setattr/hasattr/delattr with
# defaults, isinstance/issubclass with tuples and nesting, type's attributes, object()
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
    def fetch(self):
        return "ball"

d = Dog("rex")
print(callable(Dog), callable(d), callable(d.speak), callable(print), callable(42), callable(lambda: 0), callable(None))
class WithCall:
    def __call__(self):
        return 1
print(callable(WithCall()), callable(WithCall))
print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")), "kingdom" in vars(Animal))
names = dir(d)
print(names == sorted(names), [n for n in names if not n.startswith("_")], "__init__" in names, "__class__" in names)
print([n for n in dir(Dog) if not n.startswith("_")], "name" in dir(Dog))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir({}) if not n.startswith("_")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print(getattr(d, "name"), getattr(d, "nope", "default"), getattr(Dog, "kingdom"), getattr(d, "speak")())
setattr(d, "age", 3)
print(d.age, hasattr(d, "age"), hasattr(d, "weight"), hasattr(Dog, "fetch"))
delattr(d, "age")
print(hasattr(d, "age"))
try:
    getattr(d, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(d, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, str)), isinstance(d, (int, (str, Animal))), isinstance(3, (bool, int)))
print(issubclass(Dog, Animal), issubclass(Dog, (int, Animal)), issubclass(bool, int), issubclass(Dog, object), issubclass(type, object))
print(isinstance(Dog, type), isinstance(type, object), isinstance(object, type), isinstance(None, type(None)))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__, Dog.__base__, Dog.__mro__[1:], type(d).__name__)
print(d.__class__ is Dog, d.__class__.__name__, type(d).__mro__[-1], Animal.__subclasses__())
o = object()
print(type(o).__name__, hasattr(o, "__dict__"), o == o, o != object(), isinstance(o, object), str(o).startswith("<object object at"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(None).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__, type(...) is type(Ellipsis), repr(...), repr(NotImplemented))
print(len(dir(object)) > 15, "__eq__" in dir(object), "__init_subclass__" in dir(object), "mro" in dir(type))
print(int.__mro__, bool.__mro__, KeyError.__mro__)
