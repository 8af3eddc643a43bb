# find / rfind / index / rindex / count with start and end
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world, hello there"
for sub in ["hello", "o", "", "xyz", "there", "d, h"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for a, b in [(0, 5), (1, None), (-5, None), (3, 2), (100, 200), (-100, 4), (None, -3), (6, 6), (24, 24), (25, 25)]:
    print(a, b, s.find("o", a, b), s.rfind("o", a, b), s.count("o", a, b), s.find("", a, b), s.rfind("", a, b), s.count("", a, b))
t(lambda: s.index("hello"))
t(lambda: s.rindex("hello"))
t(lambda: s.index("nope"))
t(lambda: s.rindex("nope"))
t(lambda: s.index("hello", 1))
t(lambda: s.index("hello", 1, 5))
t(lambda: s.find(1))
t(lambda: s.count())
t(lambda: s.find("a", "b"))
t(lambda: s.find("o", 1.5))
t(lambda: s.find("o", None, None))
t(lambda: "aaaa".count("aa"))
t(lambda: "aaaa".count("a", 1, 3))
t(lambda: "".count(""))
t(lambda: "abc".count("", 1))
t(lambda: "abc".count("", 5))
t(lambda: "abc".find("", 3))
t(lambda: "abc".find("", 4))
t(lambda: "abc".rfind("", 4))
t(lambda: "\u20ac\u20ac\u20aca\u20ac".find("a"))
t(lambda: "\u20ac\u20ac\u20aca\u20ac".rfind("\u20ac"))
t(lambda: "\u20ac\u20ac\u20aca\u20ac".count("\u20ac"))
t(lambda: "abc".find("\u20ac"))
t(lambda: "x\U0001f600y\U0001f600".rfind("\U0001f600"))
t(lambda: "abcabc".index("c", -2))
t(lambda: "ab" in "cab")
t(lambda: "" in "cab")
t(lambda: "ac" in "cab")
t(lambda: 1 in "cab")
t(lambda: None in "cab")
t(lambda: "abc".__contains__("b"))
