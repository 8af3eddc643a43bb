# Every kind of container in a cycle, each cycle carrying a sentinel whose __del__ reports that
# the collector freed the cycle (layout-independent: the counts differ between runtimes for some
# of these kinds, the outcome does not).
import gc

freed = []

class Sentinel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)

class Obj:
    def method(self):
        return self

def check(name, build):
    gc.collect()
    freed.clear()
    build(Sentinel(name))
    if freed:
        print(name, "freed by refcounting?", freed)
    gc.collect()
    print(name, freed == [name])

def bound_method(s):
    o = Obj(); o.s = s; o.m = o.method

def prop(s):
    p = property(lambda self: (p, s))

def static(s):
    w = staticmethod(lambda: (w, s))

def klassmethod(s):
    w = classmethod(lambda c: (w, s))

def super_obj(s):
    o = Obj(); o.s = s; o.sup = super(Obj, o)

def dict_view(s):
    d = {"s": s}; d["v"] = d.keys()

def list_iter(s):
    l = [s]; l.append(iter(l))

def dict_iter(s):
    d = {"s": s}; d["i"] = iter(d)

def enumerate_obj(s):
    l = [s]; l.append(enumerate(l))

def zip_obj(s):
    l = [s]; l.append(zip(l, l))

def map_obj(s):
    l = [s]; l.append(map(len, l))

def filter_obj(s):
    l = [s]; l.append(filter(None, l))

def reversed_obj(s):
    l = [s]; l.append(reversed(l))

def callable_iter(s):
    box = [s]
    it = iter(lambda: box, None)
    box.append(it)

def slice_obj(s):
    l = [s]; l.append(slice(l))

def exception_attr(s):
    e = ValueError("x"); e.s = s; e.me = e

def exception_args(s):
    e = ValueError(s); e.args = (e, s)

def exception_context(s):
    try:
        try:
            raise KeyError(s)
        except KeyError as k:
            raise ValueError("second") from k
    except ValueError as v:
        v.__cause__.__context__ = v

def set_obj(s):
    o = Obj(); o.s = s; o.set = {o}

def frozenset_obj(s):
    o = Obj(); o.s = s; o.f = frozenset([o])

class D(dict):
    pass

def dict_subclass(s):
    d = D(); d["s"] = s; d["me"] = d

class L(list):
    pass

def list_subclass(s):
    l = L(); l.append(s); l.append(l)

class T(tuple):
    pass

def tuple_subclass(s):
    o = Obj(); o.s = s; o.t = T((o,))

class F(float):
    pass

def float_subclass(s):
    f = F(1.5); f.s = s; f.me = f

class E(Exception):
    pass

def exception_subclass(s):
    e = E(); e.s = s; e.me = e

def function_dict(s):
    def f():
        pass
    f.s = s; f.me = f

def function_defaults(s):
    def f(x=[s]):
        return x
    f.__defaults__[0].append(f)

def closure(s):
    def f():
        return f, s

def generator(s):
    def g(box):
        yield box
    box = [s]
    it = g(box)
    next(it)
    box.append(it)

def class_cycle(s):
    class K:
        pass
    K.s = s

def slots_cycle(s):
    class K:
        __slots__ = ("a", "b")
    k = K(); k.a = s; k.b = k

def module_cycle(s):
    m = type(gc)("m")
    m.s = s
    m.me = m

def nested_dicts(s):
    a = {"s": s}
    b = {"a": a}
    a["b"] = b

for name, build in list(globals().items()):
    if callable(build) and getattr(build, "__code__", None) is not None and build.__code__.co_argcount == 1 \
            and name not in ("check", "method"):
        check(name, build)
