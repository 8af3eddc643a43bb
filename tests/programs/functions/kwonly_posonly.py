# keyword-only (after * or *args) and positional-only (before /) parameters
def kwo(a, *, b, c=3):
    return a, b, c
print(kwo(1, b=2), kwo(1, c=0, b=9))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def po_default(a, b=2, /):
    return a, b
print(po_default(1), po_default(1, 5))
def po_and_kwargs(name, /, **kw):
    return name, kw
print(po_and_kwargs("pos", name="kw"))
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: kwo(1, 2))
t(lambda: kwo(1))
t(lambda: po(a=1, b=2, c=3, d=4))
t(lambda: po(1, 2, 3, 4))
t(lambda: po_default())
t(lambda: po_default(a=1))
def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=5, **kw):
    return p1, p2, n1, args, k1, k2, kw
print(all_kinds(1, k1="k"))
print(all_kinds(1, 2, 3, 4, 5, k1=6, z=7))
print(all_kinds.__code__.co_argcount, all_kinds.__code__.co_posonlyargcount, all_kinds.__code__.co_kwonlyargcount)
