"""Literal expressions whose values the compiler's constants must equal (ast.literal_eval)."""
LITERALS = [
    '0', '7', '1_000_000', '0x_ff', '0XFF', '0o17', '0O_7', '0b1010', '0B_1', '00', '0_0',
    '12345678901234567890123456789012345678901234567890', '0xffffffffffffffffffffffffffffffff',
    '-5', '-0', '-9007199254740993', '9007199254740993',
    '1.0', '1.5e-3', '1e100', '.5', '5.', '1_0.0_1', '2.5E+3', '-1.0', '1e-320', '1.7976931348623157e308',
    '0.1', '123456789.123456789', '3.141592653589793238462643383279', '1e400', '-0.0',
    "'a'", '"b"', "'''c'''", '"""d\ne"""', "r'\\n'", "'esc\\t\\n\\\\\\''", "'\\x41\\u00e9\\U0001F600'",
    "'concat' \"enated\"", "'\\0\\12\\101\\777'", "'\\a\\b\\f\\v\\r'", "'line\\\ncontinued'", "'unknown \\q escape'",
    "'\\ud800'", "'é€😀'", "R'\\d+'", "u'unicode'", "'''tri'ple'''", '"q\\"uote"', "''",
    "b'abc'", "rb'\\d'", "b'\\x00\\xff'", 'B"x"', "b'\\n\\t\\\\'", "b'a' b'b'", "Br'x\\y'", "b''",
    'None', 'True', 'False', '...', '(1, 2, (3, 4))', "('a',)", '()', '(-1, -2.5)',
]
FSTRINGS = [
    "f'{a}'", "f'x{a}y'", "f'{a!r}'", "f'{a!s:>10}'", "f'{a!a}'", "f'{a:{w}.{p}}'", "f'{a=}'", "f'{a = }'",
    "f'{a=!s}'", "f'{a=:>5}'", "f'{{literal}}'", "f'{a}{b}'", "f''", "f'plain'", "'a' f'{b}' 'c'",
    "f'{a + b}'", "f'{x.y[0]}'", "f'{f(1, 2)}'", "f'{\"s\"}'", "f'{a:%H:%M}'", "rf'\\d{a}'", "f'\\t{a}\\n'",
    "f'{a, b}'", "f'''{\na\n}'''", "F'{a}'", "f'{3.14:.1f}'",
]
LITERALS += [
    "'\\N{LATIN SMALL LETTER E WITH ACUTE}'", "'\\N{bullet} \\N{EM DASH}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    "'\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}'", "'\\N{GRINNING FACE}'", "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'",
    "b'\\N{x}'", "'\\N{SPACE}x'",
]
