# str methods with their optional arguments: start/end on find/count/index/startswith, tuples
# of prefixes, maxsplit on split/rsplit, keepends, center/ljust/rjust fill, zfill of signs,
# expandtabs widths, translate with dicts and maketrans forms, partition misses, removeprefix
s = "hello world, hello python"
print(s.find("hello", 1), s.find("hello", 1, 10), s.rfind("hello", 0, 20), s.index("o", 5), s.rindex("o", 0, 10))
print(s.count("l"), s.count("l", 5), s.count("l", 5, 12), s.count(""), "aaaa".count("aa"), "".count(""))
print(s.startswith(("x", "he")), s.startswith("world", 6), s.endswith(("python", "x")), s.endswith("world", 0, 11))
print(s.startswith(()), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1))
print("a b c".rsplit(None, 1), "".split(","), "".split(), "x".split("x"), "a\tb\nc".split())
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "\n".splitlines(), "x\x0cy\x1cz".splitlines())
print("abc".center(9, "*"), "abc".center(8, "-"), "ab".ljust(5, "."), "ab".rjust(5, "."), "long".center(2))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
table = str.maketrans({"a": "1", "b": None, "c": "xyz"})
print("abcabc".translate(table), "hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")))
print("abc".translate({97: 65, 98: "BB", 99: None}), str.maketrans("ab", "xy"), str.maketrans("a", "b", "c"))
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "x".removeprefix("y"))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "\t\n x \r".strip())
print("a-b-c".replace("-", "+", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(",".join(["a", "b"]), "".join(()), "-".join("xyz"), " ".join(map(str, range(4))))
for bad in (lambda: "abc".index("z", 1), lambda: "abc".center(5, "xy"), lambda: "a".split(None, "x"), lambda: "ab".partition("")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "ß".upper(), "ǅ".lower(), "hello".capitalize())
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "  ".isspace(), "Ab Cd".istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "ABC".isupper(), "abc".islower(), "".isupper(), "a1".islower(), "\x00".isprintable())
print("%s=%d (%.2f%%) [%5s] [%-5s] %r %c %x %o %e" % ("k", 42, 99.5, "ab", "ab", "q", 65, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159), "%%" % ())
print("{0}{1}{0}".format("a", "b"), "{x.real}".format(x=3), "{0[1]}".format([5, 6]), "{:>{w}}".format("r", w=4), "{!r:^9}".format("s"))
