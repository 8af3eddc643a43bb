# calls with several * and ** unpackings, keyword collisions, unpacking of any iterable, and
# the errors CPython gives for them
def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"

a = [1, 2]
b = (3,)
c = {"x": 1}
d = {"y": 2}
print(show(*a, *b, 0, *range(2)))
print(show(**c, **d, z=3))
print(show(*a, sep="-", **c))
print(show(*"ab", *{7: None}))
print(show(*(i * i for i in range(3))))

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
print(f(*[1, 2]), f(1, *[2, 3]), f(**{"a": 1, "b": 2, "d": 5}))

for call in [
    lambda: f(1, 2, **{"a": 5}),
    lambda: show(**c, **{"x": 2}),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(1),
    lambda: show(*5),
    lambda: show(**[1]),
    lambda: f(1, 2, e=3),
    lambda: show(**{1: 2}),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(p, q), r = "xy", 3
print(p, q, r)
[s, [t, *u]] = [1, [2, 3, 4]]
print(s, t, u)
print(*[1, 2], *"ab", sep=",")
merged = {**c, "x": 10, **d}
print(merged)
combined = [*a, *b, *range(3)]
print(combined, (*a, *b), {*a, *b})

try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
