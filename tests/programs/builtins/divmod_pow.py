# divmod with signs and floats; pow with 2 and 3 args (modular, negative exponent inverse)
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10 ** 20, 7), (-(10 ** 20), 7)]:
    print(a, b, divmod(a, b), divmod(a, b) == (a // b, a % b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1, 0.3))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(10 ** 30, 10 ** 10, 97))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(5, 3, 1))
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: divmod("a", 1)):
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=3), (-8) ** (1 / 3) if False else pow(-8.0, 2))
