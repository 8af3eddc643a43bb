"""Functions: parameters of every kind, defaults, annotations, decorators, docstrings."""
def plain():
    pass
def doc():
    """The docstring."""
    return 1
def params(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    return a, b, c, d, args, e, f, kwargs
def kwonly(*, a, b=1):
    return a + b
def posonly(a, b=2, /):
    return a - b
def annotated(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> bool:
    return True
@decorator
def decorated():
    pass
@d1
@d2(arg)
@d3.attr
def multi():
    pass
def nested_defaults(x=[1, 2], y={'a': 1}, *, z=(1, 2)):
    return x, y, z
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
def varargs_only(*args):
    return args
def kwargs_only(**kwargs):
    return kwargs
lam = lambda *a, **k: (a, k)
lam2 = lambda a, /, b: a
def returns_lambda():
    return lambda x: x * 2
