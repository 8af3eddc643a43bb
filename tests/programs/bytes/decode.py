# decode and encode between bytes and str
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"plain", b"caf\xc3\xa9", b"\xe2\x82\xac5", b"\xf0\x9f\x98\x80!", b"bad\xff\xfeend", b"\xc3", b"\xe2\x28\xa1",
        b"\xf8\x88\x80\x80\x80", b"\xef\xbb\xbfbom", b"\x80abc"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "replace", "ignore"]:
            try:
                r = d.decode(enc, err)
                print(enc, err, repr(r))
            except UnicodeDecodeError as e:
                print(enc, err, "UnicodeDecodeError", e)
t(lambda: b"abc".decode(encoding="utf-8", errors="strict"))
t(lambda: b"abc".decode("utf-8", errors="x"))
t(lambda: b"abc".decode(1))
t(lambda: b"\xff".decode(errors="surrogateescape"))
t(lambda: "\u00e9".encode("utf-8").decode("latin-1"))
t(lambda: "\u00e9".encode("latin-1").decode("utf-8", "replace"))
