# bytes literals: escapes, raw bytes, indexing gives ints, concatenation
b = b"abc\x00\xff\n\t\\"
print(b, len(b), list(b))
print(b[0], b[-1], b[1:3], type(b[0]).__name__)
print(B"XY", b'single', b"dq'", b'sq"', b"\x41\102\x7f\x80")
print(rb"\x41", len(rb"\x41"), br"\n")
print(b"ab" b"cd", b"" == b"", b"a" < b"b", b"abc" + b"def", b"ab" * 3)
print(b"""triple
bytes""")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"hello" == b"hel" + b"lo", b"x" in b"xyz", 120 in b"xyz")
print(bytes(3), bytes([65, 66]), b"\r\x0b\x0c")
