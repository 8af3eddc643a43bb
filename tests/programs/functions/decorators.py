# decorators: plain, with arguments, stacked (applied bottom-up), on methods, class decorators
def trace(f):
    def wrapper(*a, **k):
        print("->", f.__name__, a)
        r = f(*a, **k)
        print("<-", f.__name__, r)
        return r
    wrapper.__name__ = f.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
print(add.__name__)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
def tag(name):
    def deco(f):
        def w():
            return "<%s>%s</%s>" % (name, f(), name)
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return 1
@register
def beta():
    return 2
print(sorted(registry), registry["beta"]())
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def add_greet(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greet
class Person:
    pass
print(Person().greet())
class Svc:
    def __repr__(self):
        return "Svc()"
    @trace
    def work(self, x):
        return x * 10
Svc().work(4)
order = []
def mk(n):
    order.append("make " + n)
    def d(f):
        order.append("apply " + n)
        return f
    return d
@mk("outer")
@mk("inner")
def g():
    pass
print(order)
