# __init__, __repr__, __str__: print uses str, containers use repr, fallbacks
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
class Named(Point):
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
p = Point(1, 2)
n = Named(3, "a")
print(p, repr(p), str(p))
print(n, repr(n), str(n))
print([p, n], (n,), {"k": n})
print(f"{p} {n} {n!r}", "%s %r" % (n, n), "{} {!r}".format(n, n))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at 0x"))
class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at "), str(Plain) , repr(Plain))
print(p.x, p.y, p.__dict__, n.__class__.__name__, type(n) is Named)
p.z = 9
print(sorted(vars(p).items()))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
