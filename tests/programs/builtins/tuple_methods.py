# tuples: index, count, concatenation, repetition, comparison, hashing, immutability errors
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), len(t), t[1:4], t[::-1])
print(t + (4,), (0,) * 3, () * 5, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print((1,), (), (1, 2), tuple([1]), ((1, 2), (3,)), 2 in t, 9 not in t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
mut = ([1], 2)
mut[0].append(3)
print(mut)
a = 1, 2
b = 1,
print(a, b, type(b).__name__)
x, y = (10, 20)
print(x, y, max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], repr((1,)), str(("s",)))
