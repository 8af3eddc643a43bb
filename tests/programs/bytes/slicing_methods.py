# bytes and bytearray: indexing gives ints, slicing with steps gives bytes/bytearray, hex with
# separators, fromhex, decode with errors, mutation through slices and methods, common methods
b = b"hello world"
ba = bytearray(b"hello world")
print(b[0], b[-1], ba[0], b[1:5], b[::2], b[::-1], b[-3:], ba[1:5], ba[::-2], type(ba[1:3]).__name__)
print(b[100:], b[5:2], b[::3], list(b[:3]), bytes(ba[:2]), ba[2:2])
print(b.hex(), b[:4].hex("-"), b[:6].hex(":", 2), b[:5].hex(" ", -2), bytes.fromhex("de ad BE ef"), bytearray.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), "é".encode(), "é".encode("latin-1"), "€".encode("ascii", "replace"), "€".encode("ascii", "xmlcharrefreplace"))
ba[0] = 72
ba[1:5] = b"EY"
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
del ba[:2]
del ba[::3]
print(ba)
ba.extend(b"!!")
ba.append(63)
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
ba.reverse()
print(ba, len(ba), ba.count(b"x"), ba.find(b"x"), ba.index(b"x"))
ba += b"tail"
ba *= 2
print(ba, ba.upper(), ba.startswith(b"x"), b"x" in ba, 120 in ba)
print(b" a b ".split(), b"a,b".split(b","), b"a-b-c".rsplit(b"-", 1), b"x".join([b"1", b"2"]), b"ab".center(6, b"*"))
print(b"hello".replace(b"l", b"L"), b"  pad ".strip(), b"Title me".title(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"%s:%d:%x" % (b"k", 5, 255), b"a" * 3, b"ab" + b"cd", bytearray(b"ab") + b"cd", b"ab" == bytearray(b"ab"))
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"b") > b"a", sorted([b"b", b"a", b"ab"]), max(b"zebra"))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytearray(2), bytes("x", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b"\x00\x01abc\x7f\x80".isascii(), b"abc".isalpha(), b"123".isdigit(), b"ABC".islower(), b"a1".isalnum())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), list(b"AZ"))
for bad in (lambda: b"a" + "b", lambda: ba.__setitem__(0, 256), lambda: bytes([-1]), lambda: b"x"[5], lambda: bytearray(b"a").pop(3), lambda: bytes.fromhex("zz")):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
mv = memoryview if False else None
h = {b"key": 1}
print(h[b"key"], hash(b"abc") == hash(b"abc"), b"abc".decode().encode() == b"abc", repr(bytearray(b"'\"")), repr(b"'"))
