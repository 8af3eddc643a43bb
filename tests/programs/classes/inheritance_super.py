# inheritance: method override, super() zero-arg and two-arg, super().__init__, chains
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
    def describe(self):
        return super(Puppy, self).describe() + " (age %d)" % self.age
for a in (Animal("Generic"), Dog("Rex"), Puppy("Bit", 3)):
    print(a.describe())
print(Puppy.__bases__, Puppy.__mro__)
print(isinstance(Puppy("p", 1), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
class Base:
    def __init__(self):
        print("Base init")
        self.base = True
class NoInit(Base):
    pass
n = NoInit()
print(n.base)
class Override(Base):
    def __init__(self):
        print("Override init, not calling super")
o = Override()
print(hasattr(o, "base"))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def report(self):
        return "%s area %.2f" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(1.5).report())
try:
    Shape().report()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return cls()
class B(A):
    def who(self):
        return "B>" + super().who()
print(B.make().who(), type(B.make()).__name__)
