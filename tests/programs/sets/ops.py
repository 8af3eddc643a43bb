# set operators and their in-place forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | frozenset([9]), frozenset([9]) | a, type(frozenset([9]) | a).__name__, type(a | frozenset([9])).__name__)
print(frozenset([1, 2]) & {2, 3}, type(frozenset([1, 2]) & {2, 3}).__name__)
t(lambda: a | [1])
t(lambda: a & "x")
t(lambda: a - 1)
t(lambda: a ^ None)
t(lambda: [1] | a)
t(lambda: a + b)
t(lambda: a * 2)
t(lambda: a < 3)
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 4}
print(c)
c -= {3}
print(c)
c ^= {2, 5}
print(c)
d = c
d |= {8}
print(c, d is c)
def f():
    c = {1}
    c |= [2]
t(f)
def g():
    f = frozenset([1])
    h = f
    f |= {2}
    return f, h, f is h
t(g)
print(set() | set(), set() & {1}, {1} - set(), set() ^ set())
x = set(range(10))
print(x & set(range(5, 15)), x - set(range(3, 100)), x ^ set(range(8, 12)))
print({1, 2} | {2, 3} | {3, 4}, ({1, 2, 3} & {2, 3}) - {3})
s = set(range(32))
s -= set(range(0, 32, 2))
print(s)
s ^= set(range(0, 40, 4))
print(s)
s &= set(range(10, 30))
print(s)
