# TypeError messages of bad calls: missing, extra, duplicate, unexpected keyword arguments
def t(f):
    try:
        f()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def dflt(a, b=1):
    pass
def kwonly(*, k):
    pass
def kwonly2(a, *, k, m):
    pass
def varargs(*a):
    pass
def nothing():
    pass
t(lambda: one())
t(lambda: two())
t(lambda: two(1))
t(lambda: three())
t(lambda: three(1))
t(lambda: one(1, 2))
t(lambda: nothing(1))
t(lambda: dflt(1, 2, 3))
t(lambda: dflt())
t(lambda: one(1, a=2))
t(lambda: one(b=2))
t(lambda: one(a=1, b=2))
t(lambda: kwonly())
t(lambda: kwonly(1))
t(lambda: kwonly2(1))
t(lambda: varargs(x=1))
t(lambda: nothing(**{"a": 1}))
t(lambda: one(*[1], **{"a": 1}))
class C:
    def m(self, x):
        pass
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m())
t(lambda: C(1))
t(lambda: (lambda x: x)())
t(lambda: 5())
t(lambda: "s"())
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: one(**{1: 2}))
t(lambda: one(*5))
t(lambda: one(**5))
