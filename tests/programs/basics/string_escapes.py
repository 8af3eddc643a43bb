# string literals: every escape sequence, printed via repr and len
s = "a\tb\nc\\d\'e\"f"
print(repr(s), len(s))
print(repr("\a\b\f\n\r\t\v"), len("\a\b\f\n\r\t\v"))
print(repr("\0\1\12\123\177"), [ord(c) for c in "\0\1\12\123\177"])
print(repr("\x00\x41\x7f\xff"), [ord(c) for c in "\x41\xff"])
print(repr("\u00e9\u4e2d\u0041"), len("\u4e2d\u6587"))
print(repr("\U0001F600\U00000041"), len("\U0001F600"))
print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{BULLET}" == "\u2022")
print("line1\
line2")
print(repr("\q\w"), len("\q"))
print('single "double" inside', "double 'single' inside")
print('it\'s', "say \"hi\"")
print("\x41\x42\x43", "\101\102\103", "\u0041")
print(repr('\''), repr("\""), repr('\'"'), repr(""))
print("tab[\t]", "cr-free", "bs[\\]")
print(ord("\n"), ord("\r"), ord("\\"), ord("\x7f"))
