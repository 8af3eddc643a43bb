# __code__ basics: names, argument counts, variable names, constants-independent fields
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    local2 = b
    return local1 + local2

co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)
print(type(co).__name__)

def g():
    x = 1
    def h():
        return x
    return h
print(g.__code__.co_cellvars, g().__code__.co_freevars, g().__code__.co_name)

lam = lambda x, y=3: x * y
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)

def gen():
    yield 1
print(gen.__code__.co_name, gen.__code__.co_argcount)

class K:
    def method(self, x):
        return x
print(K.method.__code__.co_varnames, K.method.__code__.co_argcount)

def withdefaults(a, b=2, *, c=3):
    pass
print(withdefaults.__defaults__, withdefaults.__kwdefaults__)
print(withdefaults.__code__.co_argcount, withdefaults.__code__.co_kwonlyargcount)

# co_flags bits that matter to users: varargs (0x04), varkeywords (0x08), generator (0x20)
def va(*a, **k): pass
print(bool(va.__code__.co_flags & 0x04), bool(va.__code__.co_flags & 0x08), bool(va.__code__.co_flags & 0x20))
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))

def first_line():
    return 0
print(first_line.__code__.co_firstlineno)
