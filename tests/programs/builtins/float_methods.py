# float methods: is_integer as_integer_ratio hex fromhex conjugate real/imag, formatting, inf/nan
for x in (0.0, 1.0, -2.5, 0.1, 1e20, 1e-10, 3.0, 2 ** 0.5):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"), float.fromhex("inf"))
for bad in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("zz")):
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(format(3.14159, ".2f"), format(1234.5, ",.1f"), format(0.000123, "e"), format(1e20, "g"), format(2.5, "08.3f"))
print(format(0.1, ".20f"), format(1 / 3, ".3g"), format(123456789.0, ".3e"), format(-0.0, ".1f"), format(1.5, "%"))
print("%.3f %5.1f %-6.2f| %e %g %G" % (1.23456, 2.0, 3.14159, 12345.678, 0.00001234, 1e-10))
print(str(1e16), str(1e-5), str(123e-2), repr(1.0), repr(-1.5e-7), repr(2.0 ** 62), repr(1e15 + 0.3))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf == inf, nan == nan, nan != nan, inf > 10 ** 400, (2.0).is_integer())
print(round(2.5).__class__.__name__, (2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__(), int(-2.9))
print(float.__name__, (1.5).__add__(1), (1.5).__rtruediv__(3), 7.0 // 2, 7.0 % 2.5, (-7.0).__mod__(2))
