# round: banker's rounding, ndigits positive/negative, ints stay ints, float repr edge cases
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3), round(3.14159, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -1), round(10 ** 20 + 5, -1), round(123, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e300, -300), round(0.0), round(-0.0), round(-0.0, 1), round(1e-20, 5), round(5e-324, 300))
print(round(2.5, None), round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 15))
for bad in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"), lambda: round(1.5, 1.5)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print([round(x / 2) for x in range(-6, 7)])
