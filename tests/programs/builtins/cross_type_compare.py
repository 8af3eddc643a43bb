# comparisons across types per CPython's rules: numbers compare by value (int, float, bool, big
# ints, inf/nan); sequences compare only with their own type; == across unrelated types is False;
# ordering across unrelated types raises TypeError naming both types
print(1 == 1.0, True == 1, False == 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 100 == float(2 ** 100), 10 ** 400 > 1e308)
print(1 < 1.5 < 2, -1 < False < True < 2, 0.1 < 1 / 9 + 0.1, 2 ** 64 > 1.8e19, -(2 ** 64) < -1.8e19, float("inf") > 10 ** 1000)
nan = float("nan")
print(nan == nan, nan < 1, nan > 1, 1 == nan, [nan] == [nan], nan in [nan], (lambda x: [x] == [x])(nan))
print([1, 2] == (1, 2), "1" == 1, b"a" == "a", [1] == [1.0], (1, 2) == (1.0, 2.0), {1: "a"} == {1.0: "a"}, {1} == {1.0})
print(None == 0, None == False, None is None, [] == False, "" == b"", range(3) == range(0, 3), range(0) == range(2, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), "abc" < "abd", "Z" < "a", "" < "a", [1, "x"] < [2, 0])
pairs = [(1, "1"), ([1], (1,)), (None, 0), ({}, {}), ({1}, [1]), (b"a", "a"), (1.5, "x"), (object(), object()), (True, None)]
for a, b in pairs:
    try:
        print(type(a).__name__, type(b).__name__, a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, None) < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 2], (1, None) < (2, None), [None] == [None], [[1]] < [[2]], {1: 2} == {1: 2.0})
print(max(1, 2.5, True), min([3, 2.0, 2]), sorted([3, 1.5, True, 0, -2.5]), max("abc", "abd"), max([1, 2], [1, 2, 0]))
print(1 != 1.0, 1 is 1 if False else "skip", (0.1 + 0.2) > 0.3, 3 > 2 == 2, 1 < 2 > 0, (1 < 2) > 0)
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o
    def __lt__(self, o):
        return self.v < o
    def __gt__(self, o):
        return self.v > o
print(Num(1) == 1, 1 == Num(1), Num(1) < 2, 2 > Num(1), 0 < Num(1), sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
print(frozenset({1, 2}) == {1, 2}, {1, 2} <= frozenset({1, 2, 3}), b"ab" == bytearray(b"ab"), b"ab" < bytearray(b"b"))
print(True is True, 1.0.__eq__(1), (1).__eq__(1.0), "a".__eq__(1), (1).__lt__("a"), (2.0).__lt__(3))
