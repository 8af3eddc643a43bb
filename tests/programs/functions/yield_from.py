# yield from: delegation, return value of the subgenerator, send/throw forwarded, iterables
def sub(n):
    for i in range(n):
        yield i
    return "sub done %d" % n
def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
print(list(g))
def wrap():
    result = yield from outer()
    yield result
print(list(wrap()))
def receiver():
    got = []
    while True:
        v = yield
        if v is None:
            return got
        got.append(v)
def delegator():
    res = yield from receiver()
    print("delegated result", res)
    yield "end"
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def catcher():
    try:
        yield "waiting"
    except KeyError as e:
        yield "caught " + repr(e)
def via():
    yield from catcher()
v = via()
print(next(v), v.throw(KeyError("x")))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]], 6])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), (x * 2 for x in range(3)), {"k": 0})))
def closing_sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def closing_outer():
    yield from closing_sub()
co = closing_outer()
next(co)
co.close()
