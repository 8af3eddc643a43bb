# comprehensions have their own scope: loop variable does not leak, closures capture per scope
x = "outer x"
lst = [x for x in range(3)]
print(lst, x)
s = {x for x in "ab"}
d = {x: 1 for x in [5]}
g = list(x for x in [7])
print(x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 5
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns2 = [(lambda j: lambda: j)(i) for i in range(3)]
print([fn() for fn in fns2])
def outer_vars():
    base = 100
    return [[base + i + j for j in range(2)] for i in range(2)]
print(outer_vars())
it = iter([1, 2, 3])
first = [a for a in it if a > 1]
print(first, list(it))
def gen_scope():
    n = 3
    g = (n * i for i in range(3))
    n = 10
    return list(g)
print(gen_scope())
def first_iter_eager():
    data = [1, 2]
    g = (v for v in data)
    data = [9, 9]
    return list(g)
print(first_iter_eager())
print([(i, j) for i in range(2) for j in range(i, 2)])
