# conditional expressions: value selection, laziness, nesting, in lambdas and comprehensions
def side(x):
    print("side", x)
    return x
for n in (-3, 0, 4):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
f = lambda x: x * 2 if x > 0 else -x
print(f(3), f(-3))
print([x if x % 2 else -x for x in range(6)])
print((1 if [] else 2), (1 if [0] else 2))
a = 5
b = 10 if a > 3 else 20
print(b, (a if a > b else b) + 1)
print("a" if 0 else "b" if 0 else "c")
