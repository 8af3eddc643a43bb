# shifts: left/right on positive, negative and big ints, errors on negative counts
for n in (1, 5, -5, 255, -255, 2 ** 40, -(2 ** 40)):
    print(n, n << 1, n << 10, n << 40, n >> 1, n >> 3, n >> 100)
print(1 << 64, 1 << 100, (1 << 100) >> 99, -1 >> 1, -1 >> 100, -2 >> 1)
print(7 >> 0, 7 << 0, 0 << 1000, True << 3)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 << 1)
except TypeError as e:
    print("TypeError:", e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(1 + 1 << 2, 1 << 2 + 1, 16 >> 1 - 1)
