# metaclasses: subclasses of type with __new__, __init__, __call__ (instances counting, singleton),
# methods and attributes found through the metaclass, registries, metaclass conflicts
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["registered_name"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
        cls.options = kw
    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"

class Plugin(metaclass=Registry):
    pass
class Audio(Plugin, codec="mp3"):
    pass
class Video(Plugin):
    pass
print(Registry.classes, Audio.registered_name, Audio.options, Video.options)
print(Audio.describe(), type(Audio) is Registry, isinstance(Audio, Registry))
print(hasattr(Audio(), "describe"), hasattr(Audio, "describe"))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init Config", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)

class Counting(type):
    def __call__(cls, *args):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args)
class Widget(metaclass=Counting):
    def __init__(self, n):
        self.n = n
ws = [Widget(i) for i in range(4)]
print(Widget.made, [w.n for w in ws])

class Upper(type):
    def __new__(mcls, name, bases, ns):
        renamed = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, renamed)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))

class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class MetaSub(MetaA): pass
class D(metaclass=MetaSub): pass
class E(A, D): pass
print(type(E).__name__)

class WithRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__}!>"
    def __len__(cls):
        return 3
    def __getitem__(cls, i):
        return i * 10
    def __iter__(cls):
        return iter("xyz")
class Fancy(metaclass=WithRepr):
    pass
print(repr(Fancy), len(Fancy), Fancy[4], list(Fancy))

Made = Registry("Made", (), {"x": 1})
print(Made.x, Made.registered_name, Registry.classes[-1])
print(type(Plugin).__mro__)
