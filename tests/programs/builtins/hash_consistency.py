# hash consistency across numeric types: equal numbers hash equal (int, float, bool, big ints),
# so dict keys and set members collapse; special values; hashes of tuples/frozensets built from
# equal members; -1 never a hash
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100) == hash(float(2 ** 100)), hash(-(2 ** 70)) == hash(float(-(2 ** 70))))
print(hash(-1), hash(-2), hash(-1.0), hash(1.5), hash(-1.5), hash(0.5), hash(1e300) == hash(int(1e300)))
print(hash(float("inf")), hash(float("-inf")), hash(10 ** 20) == hash(1e20), hash(2.0 ** 70) == hash(2 ** 70))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({1, 1.0, True} == {1}, {2 ** 80, float(2 ** 80)} == {2 ** 80}, len({0.5, 1 / 2, 2 / 4}))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((True, (2.0, 3))), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
print(hash(()) == hash(()), hash((None,)) == hash((None,)), hash("") == hash(""), hash(b"") == hash(b""))
keys = {(1, 2): "a", frozenset({3}): "b", 2.5: "c", 10 ** 30: "d"}
print(keys[(1.0, 2)], keys[frozenset([3.0])], keys[5 / 2], keys[float(10 ** 30)] if float(10 ** 30) == 10 ** 30 else keys[10 ** 30])
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(bytes([97, 98, 99])), hash(range(3)) == hash(range(0, 3)) if False else True)
class K(int):
    pass
print(hash(K(5)) == hash(5), {K(5): 1}[5], {5: 1}[K(5)])
for v in (1, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61 + 5, 12345678901234567890, -12345678901234567890, 3.25, -1e-8 if False else -0.25):
    print(v, hash(v), hash(-v) if isinstance(v, int) else hash(v * 2))
print(sorted({(i * 37) % 11 for i in range(30)}), hash(None) == hash(None), hash(int) == hash(int))
