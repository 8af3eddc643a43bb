# __call__: instances as functions, stateful callables, callable() on various things
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 10])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
print(callable(c), callable(Adder), callable(len), callable(lambda: 0), callable(5), callable("s"), callable(None))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=Adder(-1)))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
print(Compose(str, Adder(1), abs)(-5))
class Method:
    def __call__(self):
        return "instance call"
    def regular(self):
        return self()
print(Method().regular())
