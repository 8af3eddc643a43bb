"""Scope edge cases: classes and closures, super() in nested functions, global/nonlocal in classes, walrus."""
x = 'module'
def outer():
    x = 'outer'
    class C:
        x = 'class'
        y = x
        def m(self):
            return x
        def n(self):
            def inner():
                return super(), __class__
            return inner
        z = [x for _ in range(2)]
        w = lambda: x
    return C
class D:
    global gv
    gv = 1
    def m(self):
        nonlocal_target = 1
        def f():
            nonlocal nonlocal_target
            nonlocal_target += 1
        return f
def walrus_module():
    return [(y := i) for i in range(3)], y
print([(q := i) for i in range(3)], q)
def params_cells(a, b, *args, c, **kw):
    return lambda: (a, args, c, kw)
def shadowed_builtin():
    len = lambda s: 0
    return len('abc')
def del_free():
    v = 1
    def g():
        nonlocal v
        del v
    return g
class E:
    __private = 1
    def get(self, __arg=2):
        __local = self.__private
        return lambda: __local + __arg
def import_in_func():
    import os.path as p
    from os import sep
    import sys
    return p, sep, sys
lam = lambda a, b=x, *c, d=x, **e: (a, b, c, d, e)
