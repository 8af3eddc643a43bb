# printf-style formatting of bytes and bytearray (PEP 461)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B:
    def __bytes__(self):
        return b"BB"

t(lambda: b"%s %b" % (b"x", bytearray(b"y")))
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%r %a" % ("\u00e9", b"q"))
t(lambda: b"%c%c" % (65, b"B"))
t(lambda: b"%c" % 256)
t(lambda: b"%c" % "x")
t(lambda: b"%c" % b"xy")
t(lambda: b"%d %5.2f %x %-4s|" % (1, 2.5, 255, b"ab"))
t(lambda: bytearray(b"%d") % 7)
t(lambda: b"%(k)s" % {b"k": b"v"})
t(lambda: b"%(k)s" % {"k": b"v"})
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%z" % 1)
t(lambda: b"\xff%s" % b"\xfe")
t(lambda: b"%s" % B())
t(lambda: b"%%" % ())
t(lambda: b"%i" % 3.7)
t(lambda: b"%x" % "a")
t(lambda: b"%05d|%+.3e|%#o" % (-42, 1234.5, 8))
t(lambda: b"no args" % ())
t(lambda: b"%s" % [1])
t(lambda: "%s" % b"bytes in str")
