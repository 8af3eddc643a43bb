# case conversion: ASCII, Latin-1 and common scripts
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["hello World", "HELLO", "", "123abc", "hello world foo_bar", "they're bill's friends",
          "\u00e9t\u00e9 \u00c0 la plage", "stra\u00dfe", "\u00ff\u00fe", "mIxEd CaSe 42x",
          "a1b2 c3", "\u0394\u03b5\u03bb\u03c4\u03b1", "\u041f\u0440\u0438\u0432\u0435\u0442"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
t(lambda: "abc".upper(1))
t(lambda: "ABC".lower(x=1))
t(lambda: "hello"[0].upper() + "hello"[1:])
