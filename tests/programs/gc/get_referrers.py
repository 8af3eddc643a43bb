# get_referrers: the tracked objects that refer to an object (inside a function, so that no
# module dict or frame adds to the answer).
import gc

def main():
    x = ["target"]
    l = [x, 1]
    d = {"k": x}
    t = (x,)
    s = [l]
    r = gc.get_referrers(x)
    print(sorted(type(o).__name__ for o in r))
    print(any(o is l for o in r), any(o is d for o in r), any(o is t for o in r), any(o is s for o in r))
    del r
    print(gc.get_referrers(l) == [s])
    y = ["other"]
    r2 = gc.get_referrers(x, y)
    print(len(r2))
    z = [y, x]
    r3 = gc.get_referrers(x, y)
    print(len(r3), any(o is z for o in r3))
    print(gc.get_referrers())
    try:
        gc.get_referrers(x=1)
    except TypeError as e:
        print(e)

main()

class Holder:
    __slots__ = ("v",)

def attrs():
    v = ["value"]
    h = Holder()
    h.v = v
    r = gc.get_referrers(v)
    print([type(o).__name__ for o in r], r[0] is h)

attrs()
