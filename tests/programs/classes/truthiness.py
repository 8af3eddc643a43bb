# truth values: __bool__ first, then __len__, else true; errors for bad results; truth of builtin
# values; short-circuit operators returning operands
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  bool({self.v})")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  len({self.n})")
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not B(False), "yes" if L(2) else "no")
print(B(False) or "fallback")
print(B(True) and "second")
x = L(0) or L(5)
print(x.n)
while L(0):
    pass
print([v for v in (B(True), B(False)) if v] [0].v)

for bad in (B(1), B("yes"), B(None)):
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 2.0
for obj in (NegLen(), BigLen(), FloatLen()):
    try:
        bool(obj)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)

values = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, range(0),
          range(1), b"", b"\x00", bytearray(), 0 == 0, float("nan"), 2 ** 100, -0.0]
print([bool(v) for v in values])
print(0 or "" or [] or None, 1 and "a" and [1], (0 and 1), ("" or 0))
print(all([]), any([]), all(L(1) for _ in range(2)), any([B(False), B(True)]))

class IntBool(int):
    pass
print(bool(IntBool(0)), bool(IntBool(2)))
class BoolFromLenSub(list):
    pass
print(bool(BoolFromLenSub()), bool(BoolFromLenSub([0])))
