# getattr/setattr/hasattr/delattr with defaults and errors; callable
class O:
    cls = "class attr"
    def method(self):
        return "m"
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls"), getattr(o, "missing", "dflt"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(O, "method"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(o, "x")
print(hasattr(o, "x"), o.__dict__)
for bad in (lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5), lambda: setattr(5, "a", 1),
            lambda: getattr(5, "nope"), lambda: setattr(o, 1, 2), lambda: delattr(O, "nothing")):
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
name = "dyn_" + "attr"
setattr(O, name, 42)
print(o.dyn_attr, getattr(O, name))
print(getattr([], "append").__name__, getattr(1, "bit_length")(), getattr(str, "join")(",", "ab"))
class Prop:
    @property
    def p(self):
        raise AttributeError("inside property")
print(hasattr(Prop(), "p"), getattr(Prop(), "p", "fallback"))
class Err:
    @property
    def p(self):
        raise ValueError("not attribute error")
try:
    hasattr(Err(), "p")
except ValueError as e:
    print("ValueError propagates:", e)
print(callable(o.method), callable(O), callable(o), callable(print), callable(getattr))
