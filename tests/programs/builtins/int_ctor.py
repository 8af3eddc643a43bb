# int(): from str with whitespace/signs/underscores, bases 2..36 and 0, from float/bool, errors
print(int(), int(0), int("42"), int("  -17 "), int("+5"), int("1_000"), int("\t\n9\n"))
print(int(3.99), int(-3.99), int(1e20), int(True), int(False), int(-0.0))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("17", 0))
print(int("101", 2), int("777", 8), int("z", 36), int("Zz", 36), int("10", 3), int("-1010", 2), int("0b1_0", 0))
print(int("123456789012345678901234567890"), int("-" + "9" * 40), int("1" * 30, 2))
print(int("  0x_1f  ", 16), int("0", 0), int("00", 0), int("0" * 5))
for args in [("abc",), ("1.5",), ("",), (" ",), ("12a",), ("0x10",), ("010", 0), ("1__0",), ("_1",), ("2", 2),
             ("9", 8), ("1", 1), ("1", 37), ("z", 35), ("1e3",), ("--1",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: int(None), lambda: int([1]), lambda: int(1.5, 10), lambda: int(float("inf")), lambda: int(float("nan"))):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 8
print(int(HasInt()), int(HasIndex()), int("7", base=10), int(b"12"), int("٣"))
