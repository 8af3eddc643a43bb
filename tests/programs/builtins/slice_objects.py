# slice objects: attributes, indices(), use as subscripts, equality, repr, in custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(-2, None)], "abcdef"[slice(None, None, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, 0])
t = (0, 1, 2, 3, 4)
print(t[slice(1, None, 2)], range(10)[slice(2, 8, 3)])
