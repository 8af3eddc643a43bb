# instance __dict__ and class namespaces: direct manipulation, vars(), shadowing of class
# attributes, assignment of __dict__, and the class's own mapping
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["z"] = 3
print(p.z, sorted(vars(p)))
del p.__dict__["x"]
print(hasattr(p, "x"), p.dims)
p.dims = 3
print(p.dims, Point.dims, p.__dict__)
del p.dims
print(p.dims)
p.__dict__ = {"a": 1}
print(p.a, hasattr(p, "y"))
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

print("dims" in Point.__dict__, "x" in Point.__dict__, Point.__dict__["dims"])
Point.added = "via setattr"
print(Point.__dict__["added"], p.added)

q = Point(5, 6)
for k, v in q.__dict__.items():
    print(k, v)
q.__dict__.update(x=50, w=7)
print(q.x, q.w)
print(vars(q) == {"x": 50, "y": 6, "w": 7})

class Empty:
    pass
e = Empty()
print(e.__dict__)
e.anything = [1]
print(e.__dict__)
setattr(e, "with space", 1)
print(getattr(e, "with space"), sorted(vars(e)))

try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances, cs[0].instances)
cs[0].instances = 100
print(Counter.instances, cs[0].instances, cs[1].instances)

class Mutable:
    shared = []
    def add(self, v):
        self.shared.append(v)
m1, m2 = Mutable(), Mutable()
m1.add(1); m2.add(2)
print(Mutable.shared, m1.__dict__)
