# __index__: used by slices, sequence indexing and repetition, range(), bin/oct/hex, int(),
# operator-like builtins; __int__ alone is not enough for indexing; errors when not an int
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"

data = list(range(10))
s = "abcdefghij"
print(data[Idx(3)], s[Idx(-1)], (1, 2, 3)[Idx(1)], b"xyz"[Idx(0)], range(10)[Idx(4)])
print(data[Idx(2):Idx(8):Idx(2)], s[Idx(1):], s[:Idx(3)], s[::Idx(-3)], bytearray(b"abcd")[Idx(1):Idx(3)])
print("ab" * Idx(3), [0] * Idx(2), Idx(2) * (1,), list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), int(Idx(7)), f"{Idx(5).__index__():b}")
print(slice(Idx(1), Idx(5)).indices(10) if False else slice(1, 5).indices(Idx(3)))
data[Idx(0)] = "zero"
del data[Idx(1)]
print(data[:3], [10, 20, 30].pop(Idx(1)), "xyz".center(Idx(7), "*"))
import math
print(math.factorial(Idx(5)) if hasattr(math, "factorial") else 120, round(2.567, Idx(2)))
print(chr(Idx(65)), int.to_bytes(Idx(258).__index__(), 2, "big"), (5).to_bytes(Idx(2), "little"))

class OnlyInt:
    def __int__(self):
        return 2
for action in (lambda: data[OnlyInt()], lambda: "ab" * OnlyInt(), lambda: range(OnlyInt()), lambda: bin(OnlyInt())):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(int(OnlyInt()))

class BadIndex:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
for bad in (1.5, "1", None):
    try:
        [1, 2][bad]
    except TypeError as e:
        print("TypeError:", e)
one_f = 1.0
try:
    "abc"[one_f]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[:1.5]
except TypeError as e:
    print("TypeError:", e)

class BigIdx:
    def __index__(self):
        return 2 ** 100
print(data[:BigIdx()] == data, data[-BigIdx().__index__():2])
try:
    data[BigIdx()]
except IndexError as e:
    print("IndexError:", e)
print(True + True, [10, 20][True], "ab"[False], range(5)[-Idx(2).__index__()])
class IntSub(int):
    pass
print([1, 2, 3][IntSub(2)], "xyz"[IntSub(1):])
