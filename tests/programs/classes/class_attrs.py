# class attributes vs instance attributes: shadowing, shared mutable class attrs, dynamic add
class C:
    shared = []
    count = 0
    label = "class"
    def __init__(self):
        C.count += 1
a, b = C(), C()
a.shared.append("x")
print(b.shared, C.shared, C.count, a.count)
a.label = "instance"
print(a.label, b.label, C.label)
del a.label
print(a.label)
C.label = "changed"
print(a.label, b.label)
C.new_attr = 42
print(a.new_attr)
a.count = 99
print(a.count, b.count, C.count)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(sorted(a.__dict__), b.__dict__)
print(C.__name__, C.__qualname__, C.__module__)
class D(C):
    label = "D"
d = D()
print(d.label, d.shared is C.shared, D.count)
class Consts:
    X = 1
    Y = X + 1
    Z = [X, Y]
print(Consts.X, Consts.Y, Consts.Z)
print(getattr(C, "label"), getattr(a, "missing", "default"))
class M:
    def m(self):
        return "m"
M.m2 = lambda self: "m2"
print(M().m(), M().m2(), M.m(M()))
bm = M().m
print(bm(), type(bm).__name__, bm.__self__.__class__.__name__, bm.__func__ is M.m)
