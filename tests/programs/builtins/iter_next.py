# iter/next: default values, StopIteration, iter(callable, sentinel), iterators of each type
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
for src in ("ab", (1, 2), {"k": 1, "j": 2}, {5}, range(2), b"xy", {"a": 1}.items(), {"a": 1}.values()):
    i = iter(src)
    print(type(src).__name__, list(i), list(i))
vals = [3, 2, 1, 0, 5]
pos = [0]
def read():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(next(iter(read, 99)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
for bad in (lambda: iter(5), lambda: next([1]), lambda: iter(5, 0), lambda: next(iter([]))):
    try:
        print(bad())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__ + ":", e)
it = iter("abc")
print(iter(it) is it, next(it), [x for x in it])
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
