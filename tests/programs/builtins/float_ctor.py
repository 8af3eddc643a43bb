# float(): parsing strings (exponents, inf/nan spellings, whitespace, underscores), from ints, errors
print(float(), float(3), float(-7), float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("+inf"), float("Infinity"), float("-INFINITY"), float("nan"), float("NaN"), float("-nan"))
print(float("1_000.5"), float("0001.5"), float("1e+02"), float("-0"), float("0.1"), float("1e400"), float("1e-400"))
print(float(10 ** 20), float(2 ** 53 + 1), float(True), float("3.141592653589793238"))
print(float("123456789.123456789"), float("9" * 20), float("\n7\t"))
for s in ("abc", "", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "in f", "1,5", "- 1"):
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: float(None), lambda: float([1]), lambda: float(10 ** 400)):
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()), float("1.7976931348623157e308"), float("4.9e-324"))
n = float("nan")
print(n == n, n != n, n is n, [n] == [n], float("inf") > 1e308, -float("inf") < -1e308)
