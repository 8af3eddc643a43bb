# hash: of ints (small, negative, big, -1), floats equal to ints, bools, None-free tuples, frozensets
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(12345678901234567890))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(0.0), hash(1e100), hash(float("inf")), hash(-float("inf")))
print(hash(True), hash(False), hash(1.5) == hash(1.5))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((1.0, True)) == hash((1, 1)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
for bad in ([], {}, set(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, -0.0}))
print(hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)), hash(0.5), hash(-0.5), hash(1 / 3))
class H:
    def __hash__(self):
        return 2 ** 70
print(hash(H()))
class HNeg:
    def __hash__(self):
        return -1
print(hash(HNeg()))
