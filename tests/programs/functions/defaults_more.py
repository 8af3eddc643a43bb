# defaults: evaluated once at definition time, mutable-default sharing, None sentinels,
# replacing __defaults__/__kwdefaults__, and defaults referring to earlier names
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe_append(1), safe_append(2))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(label, ident=next_id()):
    return label, ident
print(make("a"), make("b"), counter)

def f(a, b=2, c=3):
    return a, b, c
print(f.__defaults__)
f.__defaults__ = (20, 30)
print(f(1), f(1, 5))
f.__defaults__ = (99,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)

def k(*, x=1, y=2):
    return x, y
print(k.__kwdefaults__, k())
k.__kwdefaults__ = {"x": 10, "y": 20}
print(k(), k(y=0))

n = 5
def uses_n(v=n):
    return v
n = 6
print(uses_n())

def chain(a, b=None, *rest, key=lambda v: v, **opts):
    return a, b, rest, key(a), opts
print(chain(1))
print(chain(1, 2, 3, 4, key=lambda v: -v, flag=True))

class Conf:
    DEFAULT = "dflt"
    def get(self, name=DEFAULT):
        return name
print(Conf().get(), Conf().get("x"))

def defaults_from_loop():
    fs = []
    for i in range(3):
        def f(i=i, sq=i * i):
            return i, sq
        fs.append(f)
    return [g() for g in fs]
print(defaults_from_loop())
