# *args and **kwargs: collecting, forwarding, unpacking several iterables/mappings in calls
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(collect(*range(3), *"ab", **{"k": 1}, **{"j": 2}))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
def forward(*a, **k):
    return collect(*a, **k)
print(forward(1, b=2))
def wrapper(f):
    def inner(*a, **k):
        print("calling", f.__name__, a, k)
        return f(*a, **k)
    return inner
@wrapper
def add(x, y=0):
    return x + y
print(add(1, y=2), add(5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*[1, 2, 3], 4))
print(type(collect()[0]).__name__, type(collect()[1]).__name__)
def kw_only_after_star(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(kw_only_after_star(1, 2, 3), kw_only_after_star(1, 2, sep="+"))
def gen():
    yield 1
    yield 2
print(collect(*gen()), collect(*{3: "x", 4: "y"}), collect(**dict(a=1)))
