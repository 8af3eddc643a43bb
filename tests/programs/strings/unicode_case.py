# case mapping beyond Latin-1: special casing, digraphs, ligatures, final sigma
for s in ["\u0130stanbul", "\u01c4a \u01c5b \u01c6c", "\ufb01sh", "\u00b5m", "x\u0345y", "\u1e9e",
          "\u0149", "\u1f80", "\u0587", "\u0131", "\u017f", "\u2126", "\u212a", "\U00010400\U00010428",
          "\u10a0\u2d00", "\u13a0\uab70", "\uff21\uff41", "\u0250\u2c6f", "\u1e00\u1e01\u1e9b"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
for s in ["\u03a3\u0391\u03a3", "A\u03a3", "\u03a3", "\u039f\u0394\u039f\u03a3 \u03a3", "\u03a3a\u03a3.", "a\u03a3'"]:
    print(repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print("\u01c5".istitle(), "\u01c4".isupper(), "\u1f88".istitle(), "\u2160".isupper(), "\U00010400".isupper())
