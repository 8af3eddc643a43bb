# multiple inheritance: C3 MRO, cooperative super() through a diamond, attribute lookup order
class Base:
    def hello(self):
        return ["Base"]
    def __init__(self):
        print("Base.__init__")
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
    def __init__(self):
        print("Left.__init__")
        super().__init__()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
    def __init__(self):
        print("Right.__init__")
        super().__init__()
class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
d = Diamond()
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])
class X: a = "X"
class Y: a = "Y"; b = "Y"
class Z(X, Y): pass
print(Z.a, Z.b, [c.__name__ for c in Z.mro()])
class A1: pass
class B1(A1): pass
class C1(A1): pass
class D1(B1, C1): pass
class E1(C1, B1): pass
print([c.__name__ for c in D1.__mro__], [c.__name__ for c in E1.__mro__])
try:
    class Bad(D1, E1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A1, B1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return "I am " + self.name()
class Thing:
    def name(self):
        return "thing"
class Both(Mixin, Thing):
    pass
print(Both().describe(), Both.__bases__)
print(super(Left, d).hello(), super(Diamond, d).hello())
