# bytes methods shared with bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"  Hello World, hello there  "
for m in ["upper", "lower", "capitalize", "title", "swapcase", "strip", "lstrip", "rstrip",
          "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "split", "splitlines"]:
    print(m, repr(getattr(b, m)()), repr(getattr(bytearray(b), m)()))
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"H"), b.rindex(b"h"), b.count(b"l"), b.count(b"l", 10))
print(b.find(111), b.rfind(111), b.count(108), b.find(b"zz"))
t(lambda: b.index(b"zz"))
t(lambda: b.rindex(b"zz"))
t(lambda: b.find(300))
t(lambda: b.find("l"))
t(lambda: b.count(b"l", 1, -1))
print(b.startswith(b"  H"), b.endswith((b"x", b"e  ")), b.startswith(b"H", 2), b.endswith(b"there", 0, -2))
t(lambda: b.startswith("x"))
t(lambda: b.startswith([b"x"]))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a b  c".split(None, 1), b" a b ".rsplit(maxsplit=1))
print(b"a\nb\r\nc".splitlines(), b"a\nb\r\nc\x0b".splitlines(True))
print(b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"xyhiyx".rstrip(b"yx"), b"\x0b\x0chi\x1c".strip())
t(lambda: b"abc".strip("a"))
print(b"abc".replace(b"b", b"XX"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
t(lambda: b"abc".replace("a", "b"))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
t(lambda: b",".join([b"a", "b"]))
t(lambda: b",".join([b"a", 1]))
t(lambda: b",".join(5))
print(b"abc".center(9, b"*"), b"abc".ljust(6), b"abc".rjust(6, b"0"), b"42".zfill(5), b"-42".zfill(6))
t(lambda: b"abc".center(9, "*"))
t(lambda: b"abc".center(9, b"**"))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(3))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"hello".removeprefix(b"x"))
print(b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(bytes.maketrans(b"a", b"b")[97], len(bytes.maketrans(b"", b"")))
t(lambda: b"abc".translate(b"short"))
t(lambda: bytes.maketrans(b"ab", b"c"))
print(b"\xe9t\xe9".isalpha(), b"\xc3\xa9".isascii(), b"ABC DEF".istitle(), b"Abc Def".istitle())
