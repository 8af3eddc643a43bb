"""Constructs that once compiled differently from CPython 3.11 (found by comparing the standard library)."""
import os
d = {j + k: j * k for i in range(4) for j, k in [(i + 1, i + 2)]}
e = {i: i * i for i in [*range(4)]}
t = a[*b], a[*b, c]
p = os.path.join(a, b)
def attr_lines(obj):
    x = (obj
         .meth(1,
               k=2))
    obj.attr.sub = (x
                    .y)
    obj \
        .n += 1
    return x
def conds(a, b, x):
    if (x or
            a < 1 or
            b):
        pass
    while (x and
            a < 1):
        pass
def fmt(h, m):
    return (f'{h:02d}:'
            f'{m:02d}')
def genexp_arg(items):
    return ', '.join(
        str(i)
        for i in items
    )
def returns_tuple(k):
    'doc'
    return f(**k)
def swaps(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    return a, b, c
element = a[b:=0]
fs = x in {1, 1.0, True, 2}, {1, True, 1.0, "a"}
def finally_defines():
    try:
        pass
    finally:
        fs = [lambda: i for i in range(3)]
    return fs
def semicolons():
    a(); b();
if x:
    y = 1 ;
def pep646(*args: *Ts, **kw: int) -> None:
    pass
