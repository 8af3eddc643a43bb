# repr() and ascii() of strings: quotes, escapes, printable non-ASCII
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\t\r", "\x00\x01\x1f\x7f",
          "\x80\x9f\xa0\xa1\xad\xff", "\u00e9t\u00e9", "\u20ac", "\u2028\u2029", "\u200b\ufeff",
          "\ud800", "\U0001f600", "\U000e0001", "\U0010ffff", "\u0378", "\u4e2d", "\ue000", "a\u0300",
          "\u3000", "\u1680", "\x0b\x0c", "'", '"', "'\"'", "\\"]:
    print(repr(s), ascii(s), len(repr(s)))
t(lambda: repr("x" * 3))
t(lambda: ascii(["\u00e9", 1]))
t(lambda: ascii("plain"))
t(lambda: str(["\u00e9", "\n"]))
t(lambda: "abc".__repr__())
