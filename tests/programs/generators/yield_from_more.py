# yield from: the subgenerator's return value, delegation of send/throw/close, yield from any
# iterable, chains of delegation, and StopIteration values
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("  outer result", result)
    yield "outer-after"
    return "outer done"

g = outer()
print(next(g), g.send(1), g.send(2))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

def flat(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flat(item)
        else:
            yield item
print(list(flat([1, [2, (3, [4, 5])], [], 6])))

def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
    r = yield from []
    yield r
print(list(from_iterables()))

def catcher():
    while True:
        try:
            v = yield
            print("  catcher got", v)
        except KeyError as e:
            print("  catcher handled", e)
            yield "after KeyError"
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.send("hello")
print(d.throw(KeyError("k1")))
next(d)
try:
    d.throw(IndexError("unhandled"))
except IndexError as e:
    print("IndexError propagated:", e)

def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  subgenerator closed")
def deleg2():
    try:
        yield from closable()
    finally:
        print("  delegator closed")
c = deleg2()
next(c)
c.close()

def level3():
    yield 3
    return "L3"
def level2():
    r = yield from level3()
    yield r
    return "L2"
def level1():
    r = yield from level2()
    yield r
    return "L1"
print(list(level1()))
l1 = level1()
for v in l1:
    pass
def run(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(run(level1()), run(level2()))

def gives_stop_value():
    yield from ()
    return [1, 2]
def uses_it():
    x = yield from gives_stop_value()
    return x
print(run(uses_it()))

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom value")
        return self.n
def from_custom():
    r = yield from Iter()
    yield r
print(list(from_custom()))

def send_through_iterator():
    yield from iter([1, 2])
st = send_through_iterator()
next(st)
try:
    st.send("x")
except AttributeError as e:
    print("AttributeError:", e)

def tree(n, depth):
    if depth == 0:
        yield n
        return
    yield from tree(n * 2, depth - 1)
    yield from tree(n * 2 + 1, depth - 1)
print(list(tree(1, 3)))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
