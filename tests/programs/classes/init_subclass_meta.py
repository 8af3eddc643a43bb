# __init_subclass__ hooks, metaclasses (subclasses of type) with __new__/__init__/__call__, class keywords
class Plugin:
    registry = []
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
class A(Plugin):
    pass
class B(Plugin, kind="special"):
    pass
print(Plugin.registry, A.kind, B.kind)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        print("Meta.__new__", name, sorted(k for k in ns if k[:2] != "__"))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Derived(Base):
    extra = 1
d = Derived(7)
print(d.v, d.created_by, type(Derived).__name__, isinstance(Derived, Meta))
class Counted(type):
    count = 0
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counted.count += 1
class X(metaclass=Counted): pass
class Y(X): pass
print(Counted.count, type(Y) is Counted)
