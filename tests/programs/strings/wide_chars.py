# methods on strings of every PEP 393 width (1, 2 and 4 bytes per character) and their mixtures
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = "caf\u00e9 na\u00efve"          # latin-1
b = "\u20ac10 \u2192 \u03c0r\u00b2"   # BMP
c = "\U0001f600 smile \U0001f680!"    # astral
for s in [a, b, c]:
    print(len(s), s.split(), s.upper(), s.find(" "), s.rfind(" "), s.count(" "))
    print(s.center(20, "*"), s.ljust(18, "\u2500"), s.rjust(18, "\U0001f4a5"))
    print(s.replace(" ", "_"), s.replace(s[0], "\U0001f600"), s.partition(" "), s.rpartition(" "))
    print(s.strip(s[0]), s.startswith(s[:2]), s.endswith(s[-2:]), s.zfill(16), s.swapcase())
t(lambda: "-".join([a, b, c]))
t(lambda: "\U0001f600".join(["x", "y"]))
t(lambda: (a + b + c).split("\u2192"))
t(lambda: (c * 3).split("\U0001f680"))
t(lambda: (b + c).find("\U0001f680"))
t(lambda: (b + c).index("smile"))
t(lambda: c.find("\u20ac"))
t(lambda: b.find("\U0001f600"))
t(lambda: "\u20ac\u20ac".replace("\u20ac", "e"))
t(lambda: "ab\U0001f600".replace("\U0001f600", ""))
t(lambda: "x\u0100y".replace("\u0100", "\U00010000"))
t(lambda: "\t\u20ac\tx".expandtabs(4))
t(lambda: "l\u00e9\n\u20ac\r\n\U0001f600".splitlines(True))
t(lambda: "\u2003\u20ac\u3000".strip())
t(lambda: "\u03a3\u03c3\u03c2".casefold())
t(lambda: "\u00df\u20ac".upper())
t(lambda: "%s|%5s|%-5s|%.1s" % (c, "\u20ac", "\U0001f600", b))
t(lambda: "{:\u2500^9}|{:>4}".format("\u20ac", "\U0001f600"))
t(lambda: ("\u20ac" + a).encode("utf-8").decode("utf-8") == "\u20ac" + a)
t(lambda: c.encode("utf-8"))
t(lambda: c.encode("ascii", "backslashreplace"))
t(lambda: sorted({a, b, c, "a", "\u20ac"}))
t(lambda: {b: 1, c: 2}[c])
t(lambda: b in {a, b, c})
t(lambda: [x.isprintable() for x in [a, b, c, "\u200b", "\U000e0001"]])
