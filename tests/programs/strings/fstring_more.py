# f-strings: conversions !r !s !a, '=' debugging (with spaces and with format specs and
# conversions), nested replacement fields, expressions with calls, subscripts, dicts, lambdas,
# conditional expressions, escaped braces, multi-line and concatenated f-strings
name = "Ann"
items = {"k": [1, 2, 3]}
value = 3.14159
n = 42
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{name=}", f"{n = }", f"{value=:.2f}", f"{name=!s}", f"{n=:>5}", f"{items['k'][1]=}")
print(f"{n + 1=}", f"{len(name)=}", f"{name.upper()=}", f"{ n * 2 = }")
width, prec = 10, 3
print(f"[{value:{width}.{prec}f}]", f"[{value:>{width}}]", f"[{name:{'^'}{width}}]", f"[{n:{'+' if n > 0 else ''}}]")
print(f"{items['k']}", f"{items['k'][-1]}", f"{[x * 2 for x in items['k']]}", f"{ {'a': 1}['a'] }")
print(f"{'yes' if n > 40 else 'no'}", f"{(lambda x: x * 2)(21)}", f"{n:#x}", f"{n:b}", f"{n:08.3f}")
print(f"{{literal}}", f"{{{n}}}", f"{{}}", f"a{{b{n}c}}d")
text = (
    f"Name: {name}, "
    f"value: {value:.1f}, "
    "plain part, "
    f"n: {n}"
)
print(text)
multi = f"""line1 {name}
line2 {n:>4}
line3"""
print(multi)
class P:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return f"P:{spec}"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:spec}", f"{p.x}", f"{p=}", f"{p!r:>6}", f"{p=:xyz}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]}", f"{sum(sum(r) for r in nested)}", f"{'-'.join(str(i) for i in range(3))}")
d = {"a": 1}
print(f"{d['a']}", f'{d["a"]}', f"{'quoted'}", f'{"double"}')
print(f"{3.0:.0%}", f"{0.125:.1%}", f"{1_000_000:,}", f"{1_000_000:_}", f"{-5:05}", f"{5:<05}")
fmt = "{:>8}"
print(fmt.format(f"{n}"), f"{fmt.format('x')}")
print(f"{'a' 'b'}", f"{n!r:>5}", f"{'x'!r:^7}", f"{None}", f"{True:d}", f"{b'by'}", f"{1e3:g}")
def f(x):
    return f"<{x}>"
print(f"{f(f(1))}", f"{f'{n}'}", f"{f'{f(2)}'}")
