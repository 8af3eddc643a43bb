# tuple/list unpacking, starred targets, nested targets, swap, errors
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
p, *q = [9]
print(p, q)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
i = j = k = 7
print(i, j, k)
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)
def tries(fn):
    try:
        fn()
    except ValueError as ex:
        print("ValueError:", ex)
    except TypeError as ex:
        print("TypeError:", ex)
def two(s):
    a, b = s
def three_plus(s):
    a, b, *c = s
tries(lambda: two([1, 2, 3]))
tries(lambda: two([1]))
tries(lambda: three_plus([1]))
tries(lambda: two(5))
print([*range(3), *"ab"], (*[1, 2], 3), {*(1, 2), 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
a, b, c = {"x": 1, "y": 2, "z": 3}
print(a, b, c)
