# sum: ints, floats, start value, big ints, mixed, lists with start=[], errors for strings
print(sum([]), sum([1, 2, 3]), sum(range(1000)), sum([1, 2], 10), sum([], start=5))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([10 ** 20, 10 ** 20, -1]), sum([True, True, True]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 10), sum([-0.0, -0.0]))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum(["a", "b"]), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([b"a"], b"")):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Vec:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Vec(self.v + (o.v if isinstance(o, Vec) else o))
    __radd__ = __add__
print(sum([Vec(1), Vec(2), Vec(3)]).v)
