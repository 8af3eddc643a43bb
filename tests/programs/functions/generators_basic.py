# generators: lazy execution, state between yields, StopIteration, return value, genexps
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("done")
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(2)))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibs()
print([next(f) for _ in range(12)])
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))))
def pipeline():
    return (s.upper() for s in evens_str())
def evens_str():
    yield "a"
    yield "b"
print(list(pipeline()))
g = count_up(1)
print(iter(g) is g, list(zip(count_up(3), "xy")))
def empty():
    return
    yield
print(list(empty()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_finally():
    print("v", v)
