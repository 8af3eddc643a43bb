# assignment expressions (walrus): in if/while, comprehensions (binds in enclosing scope)
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long", n)
print(n)
it = iter(data)
total = 0
while (x := next(it, None)) is not None:
    total += x
print(total, x)
ys = [y for v in data if (y := v * v) > 5]
print(ys, y)
def f():
    vals = [last := i for i in range(4)]
    return vals, last
print(f())
print((z := 10), z + 1)
print([w := 3, w ** 2])
def g(a):
    return (b := a + 1) * b
print(g(4))
if any((hit := v) > 3 for v in data):
    print("hit", hit)
