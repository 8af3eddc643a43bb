# staticmethod and classmethod: calling via class and instance, alternate constructors, inheritance
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate(1, 2, 3).from_string("5-6-7"))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @staticmethod
    def helper(*a):
        return a
print(Registry.add("a"), Registry().add("b"), Registry.items)
print(Registry.helper(1, 2), Registry().helper())
print(type(Registry.__dict__["add"]).__name__, type(Registry.__dict__["helper"]).__name__)
print(Registry.add.__self__ is Registry, Registry.helper.__name__)
def plain(x):
    return x * 2
class Wrap:
    f = staticmethod(plain)
    g = classmethod(lambda cls, v: cls.__name__ + str(v))
print(Wrap.f(4), Wrap().f(5), Wrap.g(1), Wrap().g(2))
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
class Sub(Counter):
    pass
Sub.bump(); Sub.bump(); Counter.bump()
print(Counter.n, Sub.n)
