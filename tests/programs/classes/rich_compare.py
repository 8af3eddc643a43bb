# rich comparisons: all six operators, NotImplemented falling back to the reflected method, default
# identity equality, != from ==, comparisons across unrelated classes, subclass priority, errors
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  V.__eq__({self.v}, {o!r})")
        return self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        print(f"  V.__lt__({self.v})")
        return self.v < o.v if isinstance(o, V) else NotImplemented
    def __le__(self, o):
        return self.v <= o.v if isinstance(o, V) else NotImplemented
    def __repr__(self):
        return f"V({self.v})"

a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b)
print(a > b)
print(b >= a)
print(a == 1)
print(a != 1)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 >= a
except TypeError as e:
    print("TypeError:", e)

class Sub(V):
    def __eq__(self, o):
        print("  Sub.__eq__ first")
        return True
print(V(1) == Sub(2))

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)

class Always:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
print(Always() == 1, Always() != 1, [Always()] == [1])

class Weird:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "gt called"
print(Weird() < Weird())

class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.2") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "a" < "b" < "c")
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
print([V(1)] == [V(1)])
x = V(5)
print([x] == [x], x in [x])
