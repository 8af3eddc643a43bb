# comprehensions: nested loops and conditions, nested comprehensions, each with its own scope,
# closures over comprehension variables, dict/set comprehensions, class-body scoping rules
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1])
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 4 for x in range(20)}, {(x, x * x) for x in range(3)} == {(0, 0), (1, 1), (2, 4)})
print({w: {c: w.count(c) for c in sorted(set(w))} for w in ["aab", "xyzx"]})
print([[y * 10 for y in range(x)] for x in range(4)])

x = "global x"
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
i = 99
_ = [i for i in range(5)]
print(i)

funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])
adders = [(lambda v, k=k: v + k) for k in range(3)]
print([a(10) for a in adders])

def outer(scale):
    return [v * scale for v in range(3)]
print(outer(2), outer("a"))

def uses_enclosing():
    base = 100
    return [base + i for i in range(3)], {base: i for i in range(2)}
print(uses_enclosing())

class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        pairs = [(n, names) for n in names]
    except NameError as e:
        err = str(e)
print(Config.upper, Config.err)

def walrus_in_comp():
    data = [1, 5, 2, 8, 3]
    total = 0
    running = [total := total + d for d in data]
    return running, total
print(walrus_in_comp())
print([y for v in range(6) if (y := v * v) % 2 == 0])

print([c for c in "hello" if c not in "aeiou"], "".join([c * 2 for c in "ab"]))
print(sorted({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}.items()))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(list(map(lambda row: sum(row), matrix)), [sum(r) for r in zip(*matrix)])
print([[0] * 3 for _ in range(2)], [[0] * 3] * 2 == [[0] * 3 for _ in range(2)])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([i for i in range(3)] == list(i for i in range(3)), type({i for i in ()}).__name__, {} == {i: i for i in ()})
