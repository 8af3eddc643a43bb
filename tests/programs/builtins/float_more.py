# float: repr round-trips, is_integer, as_integer_ratio, hex/fromhex, inf/nan arithmetic and
# comparison, rounding (half to even), floor division and modulo, conversion errors
vals = [0.1, 0.5, 1.0, 1.5, -2.75, 1e16, 1.7976931348623157e308, 5e-324, 123456.789, 2.0 ** 0.5]
print([repr(v) for v in vals])
print([v.is_integer() for v in vals])
print([v.as_integer_ratio() for v in vals[:5]])
print([v.hex() for v in vals[:6]])
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex(" 0x10 "))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1 / 3, 2 / 3, 10 / 4, 1e16 + 1, 3 * 0.1)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, inf == inf, 1 / inf)
print(float("-inf"), float("Infinity"), float("NaN"), float(" 1.5 "), float("1e3"), float("-0"), float("1_0.5"), float(7))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.25, 1), round(1234.5, -2), round(-1.5))
print(type(round(2.5)), type(round(2.5, 0)), round(5, -1), round(15, -1), round(25, -1))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 5 % 0.5, -0.0 % 1)
print(2 ** 0.5, 2 ** -1, (-8) ** (1 / 3) if False else -(8 ** (1 / 3)), 10 ** -3, 0.0 ** 0, 4 ** 0.5, 1e200 * 1e200)
print(-0.0, 0.0 == -0.0, str(-0.0), abs(-0.0), max(0.0, -0.0), 1.0 == 1, 1.0 is not 1 if False else True, hash(1.0) == hash(1))
print(int(2.5), int(-2.5), float(int(1e15)), 1e15 == 10 ** 15, 0.1 * 3 == 0.3, 1.1 * 1.1, 100 * 1.1)
print(f"{1e-5}", f"{1e-4}", f"{1e15}", f"{1e16}", str(1.0e-10), str(123456789012345678.0), 1e22, 1e23)
for bad in ("abc", "", "1.2.3", "0x10", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0), lambda: int(inf), lambda: int(nan), lambda: float.fromhex("xyz"), lambda: (1e308 * 10).as_integer_ratio()):
    try:
        bad()
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 0.1 * 10, sorted([2.5, -1.0, float("-inf"), 0.0]), max(1, 2.0), min(-0.0, 0))
print((3.7).real, (3.7).imag, (3.7).conjugate(), float.__name__, isinstance(1.0, float), (2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__())
