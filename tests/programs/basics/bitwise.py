# bitwise & | ^ ~ on positive, negative and big ints; bools
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
print(~0, ~-1, ~255, ~(2 ** 70))
big = 2 ** 80 + 0b1011
print(big & 0xff, big | 1, big ^ big, big & -big, -big & 0xffff)
print((2 ** 100 - 1) & -(2 ** 50), (-(2 ** 70)) | 5, (-(2 ** 70)) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(1 & 1 | 2 ^ 3, 6 & 3 << 1, (6 & 3) << 1)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0xff
print(x)
print(bin(-5 & 0xff), hex(-1 & 0xffffffff), -5 | 0)
