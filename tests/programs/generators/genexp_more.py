# generator expressions: lazy evaluation, the first iterable evaluated at once (and its errors
# raised at once), own scope, single-argument call syntax, nesting, consumption by builtins
log = []
def src(n):
    log.append(f"src({n})")
    return range(n)
def f(x):
    log.append(f"f({x})")
    return x * x

g = (f(x) for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))

try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def late_error():
    return (1 / x for x in [1, 0])
le = late_error()
print(next(le))
try:
    next(le)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second:", e)

x = "outer"
gen = (x for x in "abc")
print(list(gen), x)

print(sum(i * i for i in range(10)), max(len(w) for w in "a bb ccc".split()), "".join(c.upper() for c in "abc"))
print(any(v > 2 for v in [1, 2, 3]), all(v for v in []), sorted((-v for v in (3, 1, 2))), tuple(c for c in "xy"))
print(dict((k, len(k)) for k in ["a", "bb"]), set(n % 3 for n in range(10)))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 2 if x % 3))
nested = ((y for y in range(x)) for x in range(4))
print([list(inner) for inner in nested])

def scale(factor):
    return (v * factor for v in range(3))
print(list(scale(10)), list(scale("ab")))

pairs = [(1, "one"), (2, "two")]
print(list(name for num, name in pairs if num > 1))

class A:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
print(A.doubled)

gen = (i for i in range(3))
print(type(gen).__name__, iter(gen) is gen, gen.__next__(), list(gen))

counter = 0
def tick():
    global counter
    counter += 1
    return counter
lazy = (tick() for _ in range(5))
print(counter)
first_two = [next(lazy), next(lazy)]
print(first_two, counter)
del lazy
print(counter)

big = (n for n in range(10 ** 12))
print(next(big), next(big))
pipeline = (w.strip().lower() for w in [" A ", "b ", " C"])
pipeline = (w for w in pipeline if w != "b")
pipeline = (w * 2 for w in pipeline)
print(list(pipeline))
