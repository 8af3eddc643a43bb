"""Literals: numbers, strings, bytes, constants folding."""
i = 0, 1, 1_000, 0x_ff, 0o17, 0b1010, 12345678901234567890123, -5, ~5, +5
f = 1.0, 1.5e-3, 1e100, .5, 5., 1_0.0_1, 2.5E+3, -1.0
s = 'a', "b", '''c''', """d""", r'\n', 'esc\t\n\\\'', '\x41\u00e9\U0001F600', 'concat' "enated"
by = b'abc', rb'\d', b'\x00\xff', B"x"
c = None, True, False, ...
t = (1, 2, (3, 4)), ('a',), ()
folded = 2 * 3 + 1, 10 // 3, 10 % 3, 2 ** 10, 1 << 4, 0xff & 0x0f, 'ab' * 2, (1,) * 3, 3.0 * 2, 1 / 2
notfolded = 2 ** 200, 1 / 0, 'a' % 2, [1] * 3
fmt = '%s and %r' % (a, b), '%5s|%-5s' % (a, b), '%d' % (a,)
def consts():
    return 1.0, 1, True, -0.0, 0.0
