# bin, oct, hex, ascii and format as functions, with negatives, big ints, __index__ objects and
# the alternate forms; chr/ord round trips; repr of special strings
for v in (0, 1, -1, 7, 255, -256, 2 ** 32, -(2 ** 65) + 3):
    print(v, bin(v), oct(v), hex(v), format(v, "#b"), format(v, "x"), f"{v:#o}")
print(int(bin(-37), 0), int(hex(2 ** 70), 16), int(oct(511)[2:], 8), hex(0xdeadbeef).upper())
for s in ("plain", "tab\there", "quote'", 'dq"', "both'\"", "é", "日本", "\x00\x7f", "\U0001F600", "\\", "\u200b"):
    print(repr(s), ascii(s), len(s))
print(ascii([1, "é", ("ü",)]), ascii({"k": "ß"}), ascii(b"\xff"), ascii(3.5), ascii(None))
print([chr(c) for c in (65, 97, 48, 32, 0x263A, 0x1F40D)], [ord(c) for c in "Az0 ☺🐍"])
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)), chr(0x10FFFF) == "\U0010ffff")
print(format(12), format(12.5), format("s"), format([1, 2]), format((1,)), format(12, "08b"), format(-12, "+x"))
print(format(0.1, ".30f"), format(255, "c") if False else format(65, "c"), format(1234.5, ",.1f"), format(10 ** 6, "_d"))
class Hexable:
    def __index__(self):
        return 48879
print(hex(Hexable()), bin(Hexable())[:10], oct(Hexable()), format(Hexable().__index__(), "X"))
for bad in (lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: format(1, 5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr("it's"), repr('say "hi"'), repr("a\nb\r\tc"), repr("\a\b\f\v"), str(b"bytes"), repr(bytearray(b"\n")))
