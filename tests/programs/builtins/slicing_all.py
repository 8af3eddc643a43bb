# slicing with steps on every sequence type: list, tuple, str, bytes, bytearray, range and a
# user class; negative steps, out-of-range bounds, None parts, slice objects reused
seqs = [list(range(8)), tuple(range(8)), "abcdefgh", b"abcdefgh", bytearray(b"abcdefgh"), range(8), range(10, 50, 5)]
specs = [(None, None, None), (1, 6, 2), (None, None, -1), (6, 1, -2), (-3, None, None), (None, -3, None), (-1, -9, -3),
         (100, None, None), (None, 100, 3), (-100, 3, None), (5, 5, None), (None, None, 3), (7, None, -4), (2, -2, 1)]
for seq in seqs:
    out = []
    for spec in specs:
        sl = slice(*spec)
        r = seq[sl]
        if isinstance(r, range):
            out.append(repr(r))
        else:
            out.append(repr(r) if isinstance(r, (str, bytes, bytearray)) else str(list(r)))
    print(type(seq).__name__, " ".join(out))
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, [10, 20, 30, 40][sl], "wxyz"[sl], sl.indices(4), slice(None).indices(3))
print(slice(5), slice(1, 2), slice(1, 2, 3), slice(None, None, -1).indices(5), slice(-2, None, -1).indices(5))
print(range(0, 20, 3)[::2], range(20, 0, -3)[1::2], range(5)[::-1], range(0, 10, 2)[-2:], len(range(0, 100, 7)[3:9]))
print(list(range(10))[2:8][::-1][1:3], "hello world"[::-1][::2], (1, 2, 3, 4)[:2] + (9,), "abc"[1:][1:][:5])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[::], r[1:], r[:-1:], r[::None], r[1:2, ::3], r[-1::-1])
s = "slice"
print(s[-100:100], s[2:-100], s[::-100], s[len(s):], s[:0], repr(s[3:1]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
print(hash(slice(1, 2)) if False else slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4))
