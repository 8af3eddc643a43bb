# instances of int and str subclasses take part in cycle collection (their __dict__ can close a cycle)
import gc
class S(str):
    pass
class I(int):
    pass
def f():
    s = S("x")
    s.me = s
    i = I(5)
    i.me = i
f()
print(gc.collect())
a = S("abc")
a.items = [a, I(3)]
print(gc.is_tracked(a), gc.is_tracked(I(4)), a.upper(), a.items[1] + 1)
