# class bodies: statements executed in order at definition time, names visible to later
# statements but not to methods (they use the global), conditional definitions, loops in class
# bodies, nested classes, class-level comprehensions, __module__/__qualname__, class decorators
log = []
x = "global x"
class Body:
    log.append("start")
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    if len(y) > 3:
        def cond(self):
            return "defined because y is long"
    else:
        def cond(self):
            return "short"
    for i in range(3):
        log.append(f"loop {i}")
    squares = [v * v for v in range(4)]
    del i
    class Nested:
        z = "nested"
        def where(self):
            return type(self).__qualname__
    log.append("end")

print(log)
b = Body()
print(Body.x, Body.y, b.method(), b.cond(), Body.squares, hasattr(Body, "i"))
print(Body.Nested.z, Body.Nested().where(), Body.__module__, Body.Nested.__qualname__)

def make(n):
    class Local:
        value = n
        def get(self):
            return self.value + n
    return Local
A, B = make(1), make(10)
print(A().get(), B().get(), A is B, A.__qualname__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = Counter.count
for _ in range(3):
    Counter()
print(Counter.count, Counter().count_at_creation)

class Const:
    A = 1
    B = A * 2
    C = [A, B]
    D = {k: v for k, v in zip("ab", C)}
    E = tuple(n for n in C)
print(Const.B, Const.C, Const.D, Const.E)

class Empty:
    pass
class Docs:
    "docstring only"
class WithEllipsis:
    ...
print(Empty.__doc__, Docs.__doc__, WithEllipsis.__name__)

class Methods:
    def a(self):
        return "a"
    b = a
    def a(self):
        return "new a"
print(Methods().a(), Methods().b())

def add_method(cls):
    cls.extra = lambda self: f"extra on {type(self).__name__}"
    return cls
@add_method
class Decorated:
    pass
print(Decorated().extra())

class Outer:
    value = 1
    class Inner:
        try:
            got = value
        except NameError as e:
            got = str(e)
print(Outer.Inner.got)

class Redef:
    n = 1
class Redef:
    n = 2
print(Redef.n)
class Kw(object, metaclass=type):
    pass
print(Kw.__bases__, type(Kw))
