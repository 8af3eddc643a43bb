# constant set displays: CPython builds them from a frozenset constant, which its compiler rebuilds;
# the iteration order (colliding keys especially) must come out the same. (Strs CPython has interned
# at start-up, such as 'date' or 'x', trigger one more rebuild that Dust does not model: none here.)
print(list({-1, -2, 2**40, -2**40, 1.5, 3.25}))
print(list({-1, -2, 7}), list({-1, -2}))
print(list({-2, -1, 9}))
print(list({"apple", "banana", "cherry", "kiwi", "elderberry", "fig", "grape", -1, -2, 2**40, 1.5}))
print(list({"a b", "c d", -1, -2, 2**40, 1.5}))
print(list({"q1", "q2", "q3", 8, 16, 24, 32}))
for x in {"apple", "banana", "cherry", -1, -2, 1.5}:
    print(x, end=" ")
print()
for x in {-1, -2, 33, 65, 97}:
    print(x, end=" ")
print()
print(3 in {1, 2, 3}, "q" in {"p", "q", "r"}, -2 in {-1, -2, -3})
print([x for x in {0, 8, 16, 24, 32, 40}])
print(sorted({5, 3, 1}), len({1, 1, 1, 2}))
v = 3
print(list({-1, -2, v, 2**40, 1.5}))
print(list(frozenset({-1, -2, 2**40, -2**40, 1.5, 3.25})))
