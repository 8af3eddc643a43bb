# int: big-int arithmetic and formatting, bit_length, to_bytes/from_bytes with signed and
# byteorder, parsing in every base, floor division and modulo signs, pow with modulus, shifts
big = 2 ** 200 + 12345
print(big, -big, big * big, big // 7, big % 7, -big // 7, -big % 7, divmod(-big, 10 ** 30))
print(big.bit_length(), (-big).bit_length(), (0).bit_length(), (255).bit_length(), (2 ** 64).bit_length())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytes(20) + b"\x01", "big"))
print((2 ** 100).to_bytes(13, "big").hex(), int.from_bytes((2 ** 100).to_bytes(13, "little"), "little") == 2 ** 100)
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o777", 0), ("1010", 2), ("0b1010", 0),
                ("z", 36), ("Zz", 36), ("  42  ", 10), ("-0x10", 16), ("+12", 0), ("1_000", 10), ("0_7", 0) if False else ("07", 10)]:
    print(repr(s), base, int(s, base))
for s, base in [("08", 0), ("12", 1), ("9", 8), ("", 10), ("1__0", 10), ("0x", 16), ("12", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 2), divmod(7, -2))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(5, 0, 1), pow(-3, 3), pow(2, 100) % 1000, pow(10 ** 30, 3, 10 ** 9 + 7))
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -(2 ** 100) >> 98, 5 << 0, big >> 190, big & 0xffff, big | 1, big ^ big, ~big)
print(hex(big), oct(2 ** 70), bin(2 ** 40 + 1), hex(-255), f"{big:,}", f"{big:_x}", f"{-(2 ** 70):#o}")
print(str(10 ** 50), repr(-(10 ** 40)), int(str(3 ** 300)) == 3 ** 300, len(str(7 ** 500)), int("-" + "9" * 60) + 1)
print(abs(-big) == big, -(-big) == big, big == big + 0, big > 2 ** 200, big < 2 ** 201, max(big, 2 ** 199) == big)
print(int(1e20), int(-1.5e30), int(2.9), int(-2.9), float(2 ** 80), (2 ** 53 + 1) == float(2 ** 53 + 1), 10 ** 20 / 10 ** 10)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), 2 ** 64 - 1 == 0xffffffffffffffff, (2 ** 64) // (2 ** 32))
print((12345678901234567890).bit_count() if hasattr(int, "bit_count") else 32, int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
print((10).as_integer_ratio(), (-7).conjugate(), True + 1, isinstance(True, int), int(True), 3 ** -2)
fact = 1
for i in range(1, 40):
    fact *= i
print(fact, fact % (10 ** 9 + 7), str(fact)[::-1][:5], fact // (fact // 39) if False else fact // 38 // 39)
