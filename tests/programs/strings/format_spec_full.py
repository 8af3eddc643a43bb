# the format-spec mini-language: fill/align, sign, '#', '0', width, grouping with ',' and '_',
# precision, and every presentation type for ints, floats and strs; nested fields in format()
ints = [0, 7, -42, 255, 1234567, -98765432, 2 ** 40]
for spec in ["", "d", "5d", "<6d", ">6d", "^7d", "*^9d", "+d", " d", "-d", "06d", "+08d", ",d", "_d",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x", "c", "n", "=+10d", "#010x", ",.0f" if False else "e"]:
    try:
        print(repr(spec), [format(v, spec) for v in ints[:6]])
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)

floats = [0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e22, float("inf"), float("-inf"), float("nan")]
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".3e", "g", "G", ".3g", ".10g", "%", ".1%",
             "+.2f", " .1f", "015.3f", ",.2f", "_.1f", "#.0f", ".0f", "#g", "n", ".0e", "=+12.3f", "x<12g"]:
    print(repr(spec), [format(v, spec) for v in floats])

for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "8.3", "-<6"]:
    print(repr(spec), [format(s, spec) for s in ["", "a", "hello", "wide string"]])

print(format(True, ""), format(True, "d"), format(False, "5"), format(None, ""), format(3, ".2f"), format(2, "%"))
for bad in [(3, "s"), ("s", "d"), (1.5, "d"), (3, ".2"), ("x", "+"), (3, ",x"), (1, "z"), ("s", "=5")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)

w, p, a = 12, 3, ">"
print("[{:{}.{}f}]".format(3.14159, w, p), "[{0:{a}{w}}]".format("x", a=a, w=w), f"[{'y':{a}{w}}]")
print("{:,}".format(10 ** 20), "{:_x}".format(0xdeadbeefcafe), f"{-0.0:+.1f}", f"{1e100:.3g}", f"{12345.6789:.6}")
print(f"{123.456:010.2f}", f"{-123.456:010.2f}", f"{123:+010}", f"{'left':-<10}|", f"{5:#06b}", f"{0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{1.0:g} {10.0:g} {1e16:g} {1e-5:g} {123456789.0:g} {0.0001234:g}", f"{2 ** 64:e}", f"{7:.3e}")
print(format(1 / 3, ".17g"), format(2 / 3, ".20f"), format(1e300 * 10, "f"), format(-1e-300 / 1e100, "g"))
