# big-int arithmetic: + - * // % divmod ** and comparisons with mixed signs and sizes
a = 2 ** 100 + 12345
b = 3 ** 50 - 7
c = -(10 ** 30) - 1
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b))
print(c // b, c % b, divmod(c, b), c // -b, c % -b)
print(a * c, a * 0, a * -1, a * 1)
print(a ** 2, c ** 3)
print(a > b, c < 0, abs(c), -c)
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
f = [0, 1]
for i in range(150):
    f.append(f[-1] + f[-2])
print("fib150 =", f[150])
print(n // f[150], n % f[150])
print(2 ** 64 + 2 ** 64, 2 ** 64 - 2 ** 64, (2 ** 64) * (2 ** 64))
print(2 ** 31 * 2 ** 31, (2 ** 62 + 2 ** 62) // 2 ** 61)
print((10 ** 40 + 1) % 10 ** 20, 10 ** 40 // (10 ** 20 + 1))
x = 0
for i in range(100):
    x += 2 ** i
print(x == 2 ** 100 - 1, x)
print(int("9" * 50) + 1, -int("9" * 50) - 1)
print(12345678901234567890 * 98765432109876543210)
