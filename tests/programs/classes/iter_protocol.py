# iterator protocol: __iter__ returning self with __next__, separate iterator objects, __reversed__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
r = Range2(4)
print(list(r), list(r), list(reversed(r)), sum(r), max(r), sorted(r, reverse=True))
print([(a, b) for a in Range2(2) for b in Range2(2)])
print(dict(zip(Range2(3), "abc")), set(Range2(3)), tuple(Range2(2)))
print(3 in r, 7 in r)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class Pairs:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
a, b = Pairs(1, 2)
print(a, b, [*Pairs(3, 4)], "-".join(Pairs("x", "y")))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(enumerate(Countdown(3), start=1)))
