# bound methods: __self__, __func__, equality, rebinding, functions stored on instances, methods
# taken from the class, builtin bound methods
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="world"):
        return f"{self.name} greets {other}"

g = Greeter("ann")
m = g.greet
print(m(), m("bob"), m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__, type(m).__name__)
print(Greeter.greet(g, "cls"), Greeter.greet.__name__)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("ann").greet)
print(hash(g.greet) == hash(g.greet))

def free(self, x):
    return (self.name, x)
Greeter.free = free
print(g.free(1))
g.own = free
print(g.own(g, 2))
g.bound_elsewhere = Greeter("zed").greet
print(g.bound_elsewhere())

methods = [g.greet, Greeter("cat").greet]
print([f("x") for f in methods])

lst = [3, 1, 2]
push = lst.append
push(0)
print(lst, push.__self__ is lst, push.__name__)
srt = lst.sort
srt()
print(lst)
upper = "abc".upper
print(upper(), type(upper).__name__ in ("builtin_function_or_method", "method"))

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
inc = c.inc
for _ in range(5):
    inc()
print(c.n, c.inc().inc().n)

class CallableAttr:
    def __init__(self):
        self.handler = lambda v: v * 2
print(CallableAttr().handler(21))

try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(callable(g.greet), callable(g.name))
print(repr(g.greet).startswith("<bound method Greeter.greet of"))
