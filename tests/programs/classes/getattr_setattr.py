# __getattr__ (fallback only), __getattribute__, __setattr__, __delattr__ hooks
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return "dynamic " + name
        raise AttributeError("no attribute " + name)
d = Dyn()
print(d.real, d.x_foo, getattr(d, "x_bar"), hasattr(d, "x_q"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a, l.__dict__)
del l.a
print(hasattr(l, "a"))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen: cannot set " + n)
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e, f.v)
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
s = Spy()
print(s.x, s.secret)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Record:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
r = Record(a=1, b="two")
print(r.a, r.b, sorted(vars(r)))
delattr(r, "a")
print(hasattr(r, "a"), getattr(r, "a", "gone"))
