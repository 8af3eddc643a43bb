# the sequence protocol on a user class: __getitem__ with ints and slices, iteration and `in`
# through __getitem__ alone (IndexError ends it), __setitem__/__delitem__ with slices, reversed()
# through __len__ + __getitem__, and negative indices handled by the class
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("  slice", i.start, i.stop, i.step)
            return Seq(self.data[i])
        if i < 0:
            i += len(self.data)
        if not 0 <= i < len(self.data):
            raise IndexError("Seq index out of range")
        return self.data[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            print("  set slice", i)
        self.data[i] = v
    def __delitem__(self, i):
        print("  del", i)
        del self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[:])
print(list(s), "c" in s, "z" in s, len(s), list(reversed(s)))
s[0] = "A"
s[1:3] = ["X", "Y", "Z"]
del s[0]
del s[::2]
print(s)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(sorted(Seq([3, 1, 2])), sum(Seq([1, 2, 3])), max(Seq("hello")), tuple(Seq((1, 2))))
a, b = Seq([1, 2])
print(a, b, [*Seq("xy")], dict.fromkeys(Seq("ab")), enumerate(Seq("q")).__next__())

class OnlyGetItem:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(OnlyGetItem()), 9 in OnlyGetItem(), 10 in OnlyGetItem())
it = iter(OnlyGetItem())
print(next(it), next(it), type(it).__name__)

class Infinite:
    def __getitem__(self, i):
        return i
for v in Infinite():
    if v > 3:
        break
print(v)

class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError:", e)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[1, 2] = "#"
g[0, 0] = "@"
print("\n".join("".join(g[x, y] for x in range(3)) for y in range(3)))

class SliceInfo:
    def __getitem__(self, k):
        return k
si = SliceInfo()
print(si[1:2], si[::3], si[1:2, 3], si[...], si[:, None], si["a":"b"])
print(si[1:2].indices(10), si[-3:].indices(5), si[::-1].indices(4))

class NoSetItem:
    def __getitem__(self, i):
        return i
try:
    NoSetItem()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoSetItem()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    reversed(OnlyGetItem())
except TypeError as e:
    print("TypeError:", e)
