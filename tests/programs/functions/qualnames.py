# __name__ and __qualname__ of functions, methods, nested functions, lambdas and classes
def top():
    def inner():
        def innermost():
            pass
        return innermost
    return inner

print(top.__name__, top.__qualname__)
print(top().__name__, top().__qualname__)
print(top()().__qualname__)

class Outer:
    def method(self):
        def helper():
            pass
        return helper
    class Inner:
        def deep(self):
            pass
        class Innermost:
            pass
    lam = lambda self: 0

print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__)
print(Outer.Inner.Innermost.__qualname__, Outer.Inner.Innermost.__name__)
print(Outer.lam.__name__, Outer.lam.__qualname__)

def factory():
    class Local:
        def m(self):
            pass
    return Local
L = factory()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(repr(L).startswith("<class '__main__.factory.<locals>.Local'"))

f = lambda: 0
print(f.__name__, f.__qualname__)

def renamed():
    pass
renamed.__name__ = "new_name"
renamed.__qualname__ = "Some.new_name"
print(renamed.__name__, renamed.__qualname__)

gen = (x for x in [])
print(gen.__name__, gen.__qualname__)

def g():
    yield 1
print(g().__name__, g().__qualname__)

class WithGen:
    def items(self):
        yield 1
print(WithGen().items().__qualname__)
print(Outer.__module__, top.__module__)
