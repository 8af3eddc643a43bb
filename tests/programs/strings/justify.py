# center / ljust / rjust / zfill / expandtabs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in [0, 3, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
t(lambda: "abc".center(9, "\u20ac"))
t(lambda: "\u20ac".ljust(4, "a"))
t(lambda: "abc".center(5, "ab"))
t(lambda: "abc".center(5, ""))
t(lambda: "abc".center("5"))
t(lambda: "abc".ljust())
t(lambda: "abc".rjust(5, 1))
t(lambda: "abc".center(-3))
for s in ["42", "-42", "+42", "", "abc", "-", "+", "3.14", "-0"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(0)))
t(lambda: "42".zfill("5"))
t(lambda: "a\tb\tc".expandtabs())
t(lambda: "a\tb\tc".expandtabs(4))
t(lambda: "a\tb\tc".expandtabs(0))
t(lambda: "a\tb\tc".expandtabs(-1))
t(lambda: "ab\tc\nxy\tz\r12\t3".expandtabs(3))
t(lambda: "\t".expandtabs(tabsize=2))
t(lambda: "no tabs".expandtabs())
t(lambda: "a\tb".expandtabs("4"))
