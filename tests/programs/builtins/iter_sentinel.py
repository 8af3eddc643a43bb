# iter(callable, sentinel) and the builtin iterators: __next__ and __iter__ on them, next() with
# a default, exhaustion, independent iterators over one container, iterators of every type
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    v = data[pos] if pos < len(data) else None
    pos += 1
    return v
print(list(iter(reader, 5)))
print(list(iter(reader, None)))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")), next(lines))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
it = iter(Counter(), 4)
print(type(it).__name__, next(it), list(it), next(it, "exhausted"), list(it))
blocks = iter(["ab", "cd", "ef"])
print([b for b in iter(lambda: next(blocks, "END"), "END")])
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
def raises():
    raise StopIteration
print(list(iter(raises, 1)))

li = iter([1, 2, 3])
print(li.__next__(), next(li), li.__iter__() is li, list(li), next(li, None))
for obj in ([1], (1,), "ab", b"ab", range(2), {1: 2}, {1}, frozenset([1]), {1: 2}.values(), {1: 2}.items(), reversed([1]), enumerate([1]), zip([1], [2]), map(abs, [-1]), filter(None, [1])):
    i = iter(obj)
    print(type(i).__name__, i.__next__(), iter(i) is i)
r = iter(range(3))
a, b = iter(data), iter(data)
print(next(a), next(a), next(b), len(list(a)), len(list(b)))
d = {"x": 1, "y": 2}
ki = iter(d)
print(next(ki), list(ki), list(d.items()).__iter__().__next__())
z = zip("ab", [1, 2, 3])
print(next(z), list(z), list(z))
e = enumerate("xyz", start=10)
print(e.__next__(), list(e))
m = map(lambda x, y: x + y, [1, 2], [10, 20, 30])
print(list(m))
ri = reversed((1, 2, 3))
print(ri.__next__(), list(ri))
empty = iter([])
try:
    empty.__next__()
except StopIteration as ex:
    print("StopIteration", ex.args)
print(list(iter(iter(iter([7])))), next(iter("q")), sum(iter(range(5))))
