# big int literals and printing: beyond 32/64 bits, negative, powers of ten
a = 123456789012345678901234567890
b = -98765432109876543210987654321098765432109876543210
print(a)
print(b)
print(repr(a), str(b))
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0o7777777777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111111111)
for k in (9, 10, 18, 19, 20, 38, 39, 40, 63, 64, 65):
    print(k, 10 ** k, 2 ** k, -(2 ** k))
print(10 ** 100)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(a == 123456789012345678901234567890, a != a + 1, a < a + 1, -a < 0)
print(bool(a), bool(a - a), a - a)
print(type(a).__name__, hash(a) == hash(123456789012345678901234567890))
