# ** : int results, negative exponents give floats, right associativity, unary minus precedence
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 9 ** -0.5, 1.5 ** 2)
print(3 ** 40, 7 ** 25, (-3) ** 41)
print(pow(2, 100), 2 ** 64 - 1)
print(0.0 ** 0, 1 ** 1000000, (-1) ** 1000001)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 3
print(x)
print(10 ** 18, 10 ** 19, 2 ** 62, 2 ** 63)
