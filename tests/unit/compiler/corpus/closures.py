"""Closures: cells, free variables, nonlocal, global, class scopes reading enclosing function locals."""
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def arg_cell(a, b):
    def inner():
        return a
    return inner
def deep():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid
def shadow():
    x = 1
    def inner(x):
        return x
    return inner
g = 0
def use_global():
    global g
    g += 1
    return g
def class_in_func(v):
    class K:
        a = v
        def m(self):
            return v
    return K
def delete_cell():
    x = 1
    def f():
        return x
    del x
    return f
def lambda_closure(n):
    return lambda: n
def nonlocal_deep():
    a = 1
    def f():
        def g():
            nonlocal a
            a = 2
        g()
    f()
    return a
def free_and_local():
    x = 1
    y = 2
    def f():
        return x + y
    return f, x
