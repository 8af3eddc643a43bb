# bytes() and bytearray() constructors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3

class BB:
    def __bytes__(self):
        return b"from __bytes__"

t(lambda: bytes())
t(lambda: bytes(3))
t(lambda: bytes([1, 2, 255]))
t(lambda: bytes((65, 66)))
t(lambda: bytes(range(5)))
t(lambda: bytes(b"copy"))
t(lambda: bytes(bytearray(b"ba")))
t(lambda: bytes("\u00e9t\u00e9", "utf-8"))
t(lambda: bytes("abc", "ascii"))
t(lambda: bytes("\u00e9", "ascii"))
t(lambda: bytes("\u00e9", "ascii", "ignore"))
t(lambda: bytes("abc", encoding="latin-1"))
t(lambda: bytes("abc"))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(3, "utf-8"))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytes(BB()))
t(lambda: bytes(Idx()))
t(lambda: bytes(x for x in [104, 105]))
t(lambda: bytearray())
t(lambda: bytearray(2))
t(lambda: bytearray([1, 2]))
t(lambda: bytearray(b"abc"))
t(lambda: bytearray("\u20ac", "utf-8"))
t(lambda: bytearray("x"))
t(lambda: bytearray(-5))
t(lambda: bytearray([300]))
t(lambda: bytes.fromhex("de ad BE EF"))
t(lambda: bytes.fromhex(""))
t(lambda: bytes.fromhex("abc"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex(" 01 02 "))
t(lambda: bytearray.fromhex("ff00"))
t(lambda: bytes.fromhex(b"ab"))
t(lambda: b"\xde\xad".hex())
t(lambda: b"\xde\xad\xbe\xef".hex(":"))
t(lambda: b"\xde\xad\xbe\xef".hex("-", 2))
t(lambda: b"\x01\x02\x03".hex(" ", -2))
t(lambda: b"".hex())
t(lambda: bytearray(b"\x0f").hex())
t(lambda: b"ab".hex("::"))
t(lambda: bytes(1, 2, 3, 4))
t(lambda: type(bytes(2)).__name__)
