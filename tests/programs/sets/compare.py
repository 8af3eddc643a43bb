# comparisons as subset relations
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2}
b = {1, 2, 3}
for x, y in [(a, b), (b, a), (a, a), (a, {3, 4}), (set(), a), (a, frozenset([1, 2]))]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
t(lambda: a == [1, 2])
t(lambda: a != (1, 2))
t(lambda: a < [1, 2, 3])
t(lambda: a <= "ab")
t(lambda: a > 1)
t(lambda: sorted([{1, 2}, {1}, {3}]))
print({1, 2} == {2, 1}, {1, 2} == {1, 2.0}, {"a"} == {"a"})
print(max([{1}, {1, 2}]), min([{1, 2}, {1}]))
