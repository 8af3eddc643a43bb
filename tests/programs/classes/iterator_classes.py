# iterator classes: __iter__ returning self or a new iterator, exhaustion, __next__ with
# StopIteration, __reversed__, __contains__ vs iteration, iter() errors, iterators in builtins
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))
print(next(Countdown(1)), next(Countdown(0), "empty"))

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
    def __contains__(self, x):
        print("  contains", x)
        return isinstance(x, int) and 0 <= x < self.n
r = Range2(4)
print(list(r), list(r), list(reversed(r)), 2 in r, 9 not in r)
print(sum(r), sorted(r, reverse=True), list(zip(r, "abcd")), list(enumerate(r, 1)))
print(list(map(lambda x: x * x, r)), list(filter(None, r)), min(r), max(r))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), 55 in f, 56 in f)
it1, it2 = iter(f), iter(f)
print(next(it1), next(it1), next(it2))

class ReversedNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(ReversedNone())
except TypeError as e:
    print("TypeError:", e)

class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "done"))
li = iter([10, 20])
print(li.__next__(), li.__iter__() is li, type(li).__name__)
di = iter({"a": 1})
print(type(di).__name__, next(di))
print(type(iter("ab")).__name__, type(iter(range(2))).__name__, type(iter((1,))).__name__)
ri = reversed([1, 2, 3])
print(type(ri).__name__, list(ri), list(reversed("abc")), list(reversed(range(3))))
