# attribute hooks: __getattribute__ for every lookup, __getattr__ only for misses, __setattr__ and
# __delattr__ delegating to object, and the order in which they run
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("miss", name))
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def method(self):
        return "m"

o = Logged()
print(o.x, o.auto_value, o.method())
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
del o.x
print(hasattr(o, "x"))
print(o.log)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __repr__(self):
        return f"Proxy({self._target!r})"
pl = Proxy([3, 1, 2])
pl.sort()
print(pl, pl.index(2), pl.count(1))
try:
    pl.nope
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fz = Frozen(a=1)
for action in (lambda: setattr(fz, "a", 2), lambda: delattr(fz, "a"), lambda: setattr(fz, "b", 3)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(fz.a)

class Defaults:
    def __getattr__(self, name):
        return 0
dd = Defaults()
dd.real = 5
print(dd.real, dd.fake, getattr(dd, "other"), hasattr(dd, "anything"))

class Renamer:
    aliases = {"colour": "color"}
    def __getattribute__(self, name):
        aliases = type(self).aliases
        return object.__getattribute__(self, aliases.get(name, name))
r = Renamer()
r.color = "red"
print(r.colour, r.color)

class ErrInGetattr:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(ErrInGetattr().broken)

class Counter:
    def __init__(self):
        self.__dict__["sets"] = 0
    def __setattr__(self, name, value):
        self.__dict__["sets"] += 1
        self.__dict__[name] = value
c = Counter()
c.a = 1; c.b = 2; c.a = 3
print(c.sets, c.a, c.b)
print(getattr(c, "missing", "dflt"))
