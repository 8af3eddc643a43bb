# repr of bytes and bytearray: quote choice and escapes
for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\n\t\r", b"\x00\x01\x7f\x80\xff",
          b"\x0b\x0c", bytes(range(0, 256, 15)), b"'", b'"']:
    print(repr(b), str(b), repr(bytearray(b)), ascii(b))
print(bytearray(), repr(bytearray(b"x")), str(bytearray(b"\n")))
print([b"a", bytearray(b"b")])
