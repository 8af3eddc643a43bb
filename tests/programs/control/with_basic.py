# with: __enter__ value bound by 'as', __exit__ called on normal exit, return, and exceptions
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no as")
def f():
    with CM("c") as v:
        return "returned " + v
print(f())
try:
    with CM("d"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as got:
    print("open inside", got.open, got is r)
print("open after", r.open)
with CM("x") as (p):
    print(p)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (one, two):
    print(one, two)
