# int methods and attributes: bit_length bit_count to_bytes from_bytes as_integer_ratio conjugate real/imag
for n in (0, 1, -1, 5, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1, 10 ** 30):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(bytes(range(1, 17)), "big"), (2 ** 100).to_bytes(13, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((5).conjugate(), (7).__index__(), int.__name__, (3).__add__(4), (3).__mul__(2.0), (True).bit_length())
print(bin(10), oct(10), hex(255), bin(-10), hex(-255), hex(2 ** 70), oct(0), bin(0))
print(format(255, "x"), format(255, "08b"), format(-42, "+d"), format(10 ** 12, ","), format(1234, "_x"))
print(int.__mro__, isinstance(True.real, int), (5).__str__(), (5).__repr__())
print((-7).__floordiv__(2), (7).__rsub__(10), (3).__pow__(2), (3).__neg__(), (3).__abs__(), (2).__lt__(3))
