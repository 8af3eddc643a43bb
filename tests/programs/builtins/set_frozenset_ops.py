# set and frozenset: every operator and method with mixed operand types (result type follows the
# left operand), in-place operators, comparisons, methods taking several iterables, sets of
# frozensets, and errors. Only small ints are printed as sets (their order is deterministic).
s = {1, 2, 3, 4}
f = frozenset({3, 4, 5})
print(s | f, s & f, s - f, s ^ f, type(s | f).__name__, type(f | s).__name__, type(f & s).__name__)
print(f | s, f - s, f ^ s)
print(s.union([9], (8,), range(7, 8)), s.intersection([1, 2], {2, 1, 0}), s.difference([1], [2]), s.symmetric_difference([4, 5]))
print(s <= {1, 2, 3, 4}, s < {1, 2, 3, 4}, s < {1, 2, 3, 4, 5}, s >= {1}, s > s, f == frozenset([5, 4, 3]), s == {4, 3, 2, 1})
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint([7, 8]), f.isdisjoint(s), {1} == frozenset({1}))
t = set(s)
t |= {10}
t &= {1, 2, 10, 11}
t -= {2}
t ^= {1, 99}
print(t)
t.update([5], (6,))
t.intersection_update(range(100))
t.difference_update([99])
t.symmetric_difference_update({5, 7})
print(t)
fz = frozenset([1])
fz2 = fz
fz |= {2}
print(fz, fz2, fz is fz2, type(fz).__name__)
u = {1, 2}
u.add(3)
u.discard(10)
u.remove(1)
print(u, u.pop() in {2, 3}, len(u))
try:
    u.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
for bad in (lambda: {1} | [2], lambda: {1} < [1], lambda: frozenset().add(1), lambda: {[1]}, lambda: {1}.update(5)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
ss = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(ss), frozenset({1, 2}) in ss, {1, 2} in ss)
print(set(), frozenset(), set("a"), frozenset([7]), set(range(5)), {x % 3 for x in range(9)})
print(sorted({3, 1, 2}), min({4, 2, 8}), sum({1, 2, 3}), len({1, 1, 1}), 2 in {1, 2}, {1, 2}.copy())
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3}, {1, 2} & {2, 3} & {2}, {1, 2} ^ {2, 3} ^ {3, 4})
print({1, True, 1.0}, {0, False, 0.0, -0.0}, {2 ** 61 - 1, 2 ** 61 - 1 + 0.0} == {2 ** 61 - 1})
class S(set):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, S([1, 2]) == {1, 2})
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(sorted(a & b), sorted(a ^ b)[:6], len(a | b), sorted(b - a))
