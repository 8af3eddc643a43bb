# f-strings: conversions, format specs, nested specs, '=' debugging, braces, expressions
x = 42
name = "Dust"
pi = 3.14159265
print(f"{x}", f"{name}", f"{x}{name}", f"")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0f} {-pi:+.1f}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#o} {x:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{x=}", f"{name=}", f"{x + 1=}", f"{pi=:.2f}", f"{name = !r}")
print(f"{{literal}}", f"{{{x}}}", f"a{{b")
print(f"{[1, 2, 3]}", f"{(1, 'a')}", f"{ {'k': 1} }", f"{None}", f"{True}")
print(f"{'nested ' + f'{x:03}'}")
print(f"{x if x > 10 else 0}", f"{len(name) * 2}", f"{name.upper()}", f"{name[1:]}")
items = ["a", "b"]
print(f"{items[0]}-{items[-1]}", f"{','.join(items)}")
print(f"{3.0}", f"{1e20}", f"{1/3}", f"{10**20}")
print(f'{"dq inside sq"}', f"{'sq inside dq'}")
print(f"""triple {x}
second {name}""")
print(rf"\n{x}", fr"{name}\t")
print(f"{x!r:>6}", f"{name!r:^10}")
print(F"upper {x}")
