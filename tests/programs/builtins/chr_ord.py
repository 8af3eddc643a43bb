# chr/ord: ASCII, Latin-1, BMP, astral, boundaries and errors
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"), ord("\x00"), ord("\U0010ffff"))
print(chr(97), chr(65), repr(chr(0)), chr(233), chr(20013), chr(128512), repr(chr(0x10ffff)), repr(chr(0xd800)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(48, 58)])
print(ord(b"a"), ord(bytearray(b"z")), ord(chr(1000)) == 1000)
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(5), lambda: chr(1.5)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(sorted("hello", key=ord), max("abc", key=ord))
print([ord(c) for c in "Ωé😀a"])
