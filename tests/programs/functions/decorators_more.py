# decorators: with arguments, stacked (applied bottom-up), on classes, on methods, that keep
# metadata by hand, that register, and that return a different kind of object
calls = []

def trace(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            calls.append(f"{tag}:{fn.__name__}{args}")
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

def bold(fn):
    print("decorating with bold", fn.__name__)
    return lambda *a: "<b>" + fn(*a) + "</b>"

def italic(fn):
    print("decorating with italic", fn.__name__)
    return lambda *a: "<i>" + fn(*a) + "</i>"

@bold
@italic
def hello(name):
    return "hello " + name

print(hello("bob"))

@trace("T1")
def add(a, b=2):
    "Add two numbers."
    return a + b

print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__(3, 3))
print(calls)

registry = {}
def register(name):
    def deco(obj):
        registry[name] = obj
        return obj
    return deco

@register("square")
def sq(x):
    return x * x

@register("point")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(sorted(registry), registry["square"](4), registry["point"](1, 2).y)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Config:
    def __init__(self, name, level):
        self.name = name
        self.level = level
print(Config("x", 3))

def count_calls(fn):
    def wrapper(*a):
        wrapper.count += 1
        return fn(*a)
    wrapper.count = 0
    return wrapper

class Service:
    @count_calls
    def ping(self):
        return "pong"
    @staticmethod
    @count_calls
    def util():
        return "util"

s = Service()
print(s.ping(), s.ping(), Service.ping.count, Service.util(), Service.util.count)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

def as_property(fn):
    return property(fn)
class Thing:
    @as_property
    def size(self):
        return 42
print(Thing().size)

order = []
def d(n):
    order.append(f"eval {n}")
    def deco(f):
        order.append(f"apply {n}")
        return f
    return deco
@d(1)
@d(2)
@d(3)
def target():
    pass
print(order)

# decorator expressions (PEP 614)
decos = {"b": bold}
@decos["b"]
def word():
    return "w"
print(word())
