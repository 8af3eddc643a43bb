# super(): zero-argument in methods, classmethods, __new__, properties and nested functions;
# two-argument forms; super() objects and their errors
class Base:
    count = 0
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_by = cls.__name__
        return inst
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        return cls(name)
    @property
    def label(self):
        return f"<{self.name}>"
    def greet(self):
        return "hello from Base"
    def __repr__(self):
        return f"Base({self.name!r})"

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    @classmethod
    def create(cls, name):
        obj = super().create.__func__(cls, name) if False else None
        return super().create.__self__
    @property
    def label(self):
        return "child " + super().label
    def greet(self):
        def inner():
            return "inner"
        return super().greet() + " via Child " + inner()
    def __repr__(self):
        return "Child/" + super().__repr__()

c = Child("ann", 7)
print(c.name, c.age, c.created_by, c.label, c.greet(), repr(c))
print(Child.create("x") is Child)

class Other(Base):
    @classmethod
    def create(cls, name):
        obj = super().create(name)
        obj.extra = True
        return obj
o = Other.create("zed")
print(type(o).__name__, o.name, o.extra)

s = super(Child, c)
print(s.greet(), s.label)
print(super(Child, Child).greet(c))
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)

class NoAttr(Base):
    def probe(self):
        return super().missing
try:
    NoAttr("n").probe()
except AttributeError as e:
    print("AttributeError:", e)

class Sized(list):
    def append(self, v):
        super().append(v * 2)
    def __len__(self):
        return super().__len__() * 10
sz = Sized()
sz.append(3); sz.append(4)
print(sz, len(sz))

class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = D()
d["KEY"] = 1
print(d["key"], d["Key"], dict(d))

class A:
    def m(self): return ["A"]
class B(A):
    def m(self): return ["B"] + super().m()
class C(A):
    def m(self): return ["C"] + super().m()
class E(B, C):
    def m(self): return ["E"] + super().m()
print(E().m())

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.upper()
        return cls
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag)
