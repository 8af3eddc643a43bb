"""Expressions: precedence, operators, comparisons, boolean logic, conditionals, walrus."""
a = b = 1
c = a + b * 2 - 3 / 4 // 5 % 6 ** 7 @ m
d = (a | b) ^ (a & b) << 2 >> 1
e = -a + +b - ~a
f = not a
g = a < b <= c == d != e > f >= g
h = a is b, a is not b, a in b, a not in b
i = a and b or c and not d
j = a if b else c
k = (n := 10) + n
l = x[1], x[1:2], x[::2], x[a:b:c], x[1, 2], x[:, 1], x[...]
m = o.attr.sub
n = f(a, b, *c, d=1, **e)
o = f(*a), f(**k), f(*a, *b), f(a, *b, c), f(x=1, *y), f(**a, **b), f(a)(b)(c)
p = obj.meth(1, 2, k=3)
q = obj.meth(*a)
r = lambda: 0
s = lambda x, y=2, *a, z, w=3, **kw: x + y
t = [1, 2, 3], [a, b], [*a, b], [], (), (a,), (1, 2), {1: 2, a: b}, {**a, 'k': 1}, {a, b}, {*a}, {1, 2, 3}
u = 2 ** -1, -1, -(2), not not a, 1 if a else 2
v = a.b.c(d).e[f]
w = f'{a}{b!r}{c:>10}{d!s:{e}}{f=}', f'lit', f'', 'plain' 'concat', b'by' b'tes'
x = (yield_ := 1)
del a, b.c, d[e], (f, g), [h]
def cmp(a, b, c):
    return a < b < c, (a == b) is c
def boolctx(a, b, c):
    if a and (b or c):
        return 1
    if not (a or b) and c:
        return 2
    if a if b else c:
        return 3
    if a < b < c:
        return 4
    while a and not b:
        a -= 1
    return a or b
def chains(x):
    return 0 <= x < 10 and x != 5, not x is None, not x in (1, 2)
def calls(o, *args, **kw):
    o.m()
    o.m(1)(2)
    o.m(*args)
    o.m(**kw)
    o.m(a=1)
    f(o)(*args, **kw)
    print(o, end='')
    return len(args) + len(kw)
def subs(x, i):
    x[i] = x[i - 1]
    x[1:2] = []
    del x[i], x[::2]
    x.a.b = x.c
    return x[i][i:i + 1]
