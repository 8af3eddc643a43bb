# lambdas: expressions, defaults, varargs, in sort keys and maps, immediately called, nested
sq = lambda x: x * x
print(sq(7), (lambda: "nullary")(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=0, y=1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(sq.__name__, (lambda: 0).__name__)
pairs = [(1, "b"), (2, "a"), (0, "c")]
pairs.sort(key=lambda p: p[1])
print(pairs)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(4)(5))
f = lambda n: 1 if n < 2 else n * f(n - 1)
print(f(10))
print((lambda: (yield))().__class__.__name__)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
