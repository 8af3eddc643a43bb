# is* predicates
tests = ["", "abc", "ABC", "Abc", "abc1", "123", "1.5", " ", "\t\n", "a b", "\u00e9", "\u00c9t\u00e9",
         "\u0661\u0662", "\u00b2", "\u00bd", "\u2167", "Hello World", "Hello world", "HELLO WORLD",
         "_x", "x1", "1x", "class", "\u00e9t\u00e9", "\x00", "\x7f", "\xa0", "\xad", "abc\n",
         "\u4e2d\u6587", "\U0001f600", "A1 B2", "a_b", "\u01c5", "\u2160\u2161", "\u0391\u03b2"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
try:
    "a".isdigit(1)
except TypeError as e:
    print("TypeError", e)
