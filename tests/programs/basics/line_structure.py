# physical and logical lines: semicolons, backslash continuation, comments, pass, docstrings, blank lines
"""Module docstring: not printed."""
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
if a == 1 and \
   b == 2:
    print("continued condition")
def f():
    """Docstring of f."""
    pass
print(f(), f.__doc__)
class K:
    "class docstring"
    pass
print(K.__doc__)
# a comment line

x = [   # comment after bracket
    1,  # one
    2,  # two
]       # closing
print(x)
y = {'k':
     'v'}
print(y)
if True: print("inline if body"); print("second statement")
for i in range(2): print("inline for", i)
while False: pass
def g(): return "inline def"
print(g())
z = (1,
2,
    3)
print(z)
print("end")  # trailing comment
