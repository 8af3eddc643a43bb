# container protocol: __getitem__ (ints and slices) __setitem__ __delitem__ __len__ __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], len(g), "@" in g, "x" in g, "x" not in g)
print(g[1:5], g[::2], g[:])
del g[0, 0]
print(g[0, 0], sorted(g.cells))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s])
for v in s:
    print("iter via getitem", v)
a, b, c, d = s
print(a, d)
class Dflt(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
dd = Dflt(a=1)
print(dd["a"], dd["zz"], len(dd))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
