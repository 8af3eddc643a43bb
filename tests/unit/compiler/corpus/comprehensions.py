"""Comprehensions and generator expressions, nested, with conditions, walrus, closures."""
a = [x for x in range(10)]
b = {x for x in y if x}
c = {k: v for k, v in items}
d = (x for x in y)
e = [x * y for x in range(3) for y in range(x) if x if y]
f = [[y for y in x] for x in z]
g = sum(x for x in y)
h = [x for x in [1, 2, 3]]
i = [y for x in z for y in [x + 1]]
def in_func(data, k):
    return [d[k] for d in data], {d for d in data}, max(v for v in data)
def walrus(data):
    if any((t := x) > 3 for x in data):
        return t
    return [last := v for v in data], last
def comp_closure(n):
    return [lambda: i + n for i in range(n)]
def gen_exp_arg(xs):
    return list(x * 2 for x in xs if x)
class C:
    v = [1, 2]
    w = [x for x in v]
