# startswith / endswith with tuples and ranges
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
for p in ["he", "hello world", "", "world", "x", "hello world!"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5), s.startswith(p, -5), s.endswith(p, -100, -6))
t(lambda: s.startswith(("x", "he")))
t(lambda: s.endswith(("x", "y")))
t(lambda: s.endswith(()))
t(lambda: s.startswith(("x", 1)))
t(lambda: s.startswith(("he", 1)))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["a"]))
t(lambda: s.startswith("o", 4, 5))
t(lambda: s.startswith("", 11))
t(lambda: s.startswith("", 12))
t(lambda: s.endswith("", 12))
t(lambda: s.endswith("", 3, 2))
t(lambda: s.startswith("", 3, 2))
t(lambda: s.startswith("h", None))
t(lambda: s.startswith())
t(lambda: "\u20acx".startswith("\u20ac"))
t(lambda: "x\U0001f600".endswith("\U0001f600"))
