# bytes basics: literals, len, indexing, slicing, iteration, concat, repeat, compare, hash, in
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b))
print(b + b" world", b * 2, 2 * b, b * 0, b * -1)
print(b == b"hello", b != b"hello", b < b"help", b"" < b"a", b"ab" > b"a", b"a" <= b"a", b"b" >= b"ab")
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" < bytearray(b"abd"))
print(b == "hello", b"" == "")
print(hash(b"abc") == hash(b"abc"), hash(b"") == 0, hash(b"abc"), hash(b"a" * 20))
print(hash(b"abc") == hash("abc"))
print(104 in b, b"ell" in b, b"" in b, b"xyz" in b, 0 in b, bytearray(b"lo") in b)
t(lambda: "h" in b)
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: 1.5 in b)
t(lambda: b[5])
t(lambda: b["x"])
t(lambda: b + "x")
t(lambda: b + 1)
t(lambda: b * "x")
t(lambda: b * 1.5)
t(lambda: b < "x")
t(lambda: b + bytearray(b"!"))
t(lambda: bytearray(b"?") + b)
for x in b"ab\x00\xff":
    print(x, end=" ")
print()
print(bool(b""), bool(b"\x00"))
t(lambda: b[1:4:2])
t(lambda: type(b[0]).__name__)
t(lambda: b.__len__())
t(lambda: sorted([b"b", b"a", b"ab"]))
