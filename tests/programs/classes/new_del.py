# __new__ (singletons, immutable subclasses, returning other types) and __del__ (runs when freed)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs each time")
a, b = Single(), Single()
print(a is b)
class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Pos(1, 2)
print(p, p[0], len(p), isinstance(p, tuple))
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never: __new__ returned a non-instance")
print(Other())
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
t = Tracked("t1")
t = None
print("after rebinding")
def scope():
    local = Tracked("local")
    print("leaving scope")
scope()
lst = [Tracked("in list")]
lst.clear()
x = Tracked("x")
del x
print("end of program")
