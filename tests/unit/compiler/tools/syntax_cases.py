"""Sources that CPython 3.11 rejects; the compiler must report the same kind, message, line and column."""
CASES = [
    # invalid syntax
    'x = = 1\n', 'x = $\n', 'x = 5 ?\n', 'x.None\n', 'import\n', 'from x import\n', 'x = 1 +\n', 'f(a b)\n',
    'def f(:\n    pass\n', 'a = 1\nb = 2 3\n', 'class\n',
    # expected ':'
    'if x\n  pass\n', 'for x in y\n  pass\n', 'def f()\n', 'class A\n', 'while x\n', 'elif_ = 1\nif a:\n    pass\nelif b\n    pass\n',
    'with a\n    pass\n', 'try\n    pass\n',
    # strings
    "s = 'abc\n", "x = 'abc\ny = 2\n", "s = '''abc\n\nx\n", 's = """never\nclosed\n', "x = 'a' 'b\n",
    # indentation
    ' x = 1\n', '  x\n', 'if x:\n  pass\n    y\n', '\tif x:\n        pass\n',
    'if x:\npass\n', 'def f():\nreturn\n', 'for x in y:\npass\n', 'while 1:\npass\n', 'class C:\npass\n',
    'try:\npass\n', 'with a:\npass\n', 'if a:\n  pass\nelse:\npass\n', 'if a:\n  pass\nelif b:\npass\n',
    'try:\n  pass\nexcept:\npass\n', 'try:\n  pass\nfinally:\npass\n', 'try:\n  pass\nexcept E as e:\npass\n',
    'if x:\n    a\n  b\n', 'if x:\n  a\n b\n', 'if x:\n\tb\n        c\n',
    # brackets
    'f(1\n', 'x = (\n', 'x = [1, 2\n', 'x = 1)\n', 'x = (1]\n', 'x = (1,\n2]\n', 'x = {1: 2)\n', 'x = ]\n',
    'from x import (a, b\n', "print('x' 'y'\n",
    # outside function / loop
    'return 1\n', 'break\n', 'continue\n', 'yield 1\n', 'x = yield\n', 'class A:\n  return 1\n',
    'for x in y:\n  def f():\n    break\n', 'def f():\n    continue\n', 'class A:\n    yield 1\n',
    # assignment targets
    '1 = x\n', 'f() = 1\n', 'a + b = 1\n', '(a, 1) = 2\n', 'x = 1 = 2\n', 'None = 1\n', 'True = 1\n',
    '[x for x in y] = 1\n', 'a, f() = x\n', '-x = 1\n', '... = 1\n', 'for 1 in x: pass\n', 'with a as 1: pass\n',
    '[x for 1 in y]\n', 'del 1\n', 'del f()\n', 'del (a, 1)\n', 'x = yield = 1\n', 'a, *b, *c = d\n',
    'x + 1 += 1\n', '(a, b) += 1\n', '[a]: int\n', 'a, b: int\n',
    # numbers
    'x = 1_\n', 'x = 1a\n', 'x = 0777\n', '0x\n', '0b2\n', '0o8\n', '1__0\n', '1e\n',
    # scopes
    'def f(x):\n    global x\n', 'nonlocal x\n', 'def f():\n    nonlocal x\n', 'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n', 'def f(x):\n    nonlocal x\n', 'def f(x, x): pass\n', 'lambda a, a: 0\n',
    'def f(a, *, a): pass\n',
    # parameters and arguments
    'def f(a=1, b): pass\n', 'def f(*): pass\n', 'def f(**k, a): pass\n', 'lambda a=1, b: 0\n',
    'f(a=1, b)\n', 'f(**x, y)\n', 'f(**a, *b)\n', 'f(a=1, a=2)\n', 'f(x for x in y, 1)\n',
    # python 2
    "print 'x'\n", "exec 'x'\n", 'a = 1\nprint a\n',
    # f-strings
    "x = f'{'\n", "x = f'{}'\n", "x = f'{a!x}'\n", "x = f'}'\n",
    # comments before the NEWLINE token
    'if x  # c\n  pass\n', 'i = a and  # c\n',
    # characters
    'x = \u20ac\n', 'x = a\u20acb\n', 'x\u00a0= 1\n', 'x = 1 + \u00ac\n',
    # \N escapes
    "x = '\\N{NOT A REAL NAME}'\n", "x = '\\U0001F6if 00'\n", "x = 'ab\\x4'\n", "x = b'\\xz'\n", "x = 'ab\\N{foo}'\n", "x = '\\N'\n", "x = '\\N{}'\n",
]
