# keyword arguments: by name, mixed with positional, any order, unpacking dicts into calls
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, d=40))
print(f(b=2, a=1))
print(f(1, c=30, b=20))
print(f(*[1, 2], **{"d": 9}))
print(f(**{"a": "x", "b": "y", "c": "z"}))
args = (1,)
kw = {"b": 2}
print(f(*args, **kw, d=0))
print(f(1, *(2, 3), **{"d": 4}))
def show(**kw):
    return sorted(kw.items())
print(show(z=1, a=2), show())
print(dict(a=1, b=2), sorted(dict(x=1, **{"y": 2}).items()))
print("{a}-{b}".format(b=2, a=1))
print(sorted([3, 1, 2], reverse=True), print("p", end="!\n", sep=","))
def order(a, b):
    print("a =", a, "b =", b)
def val(x):
    print("evaluating", x)
    return x
order(b=val("B"), a=val("A"))
