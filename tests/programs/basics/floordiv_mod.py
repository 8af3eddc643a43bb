# floor division and modulo follow Python signs (floor toward -inf)
for a in (7, -7, 0, 1, -1, 13):
    for b in (2, -2, 3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(7 // 2.0, -7 // 2.0, 7 % -3.0, -0.0 % 5, 0.0 % -5)
print(10 ** 20 // 7, -(10 ** 20) // 7, 10 ** 20 % 7, -(10 ** 20) % 7, 10 ** 20 % -7)
print(1 / 2, -1 / 2, 7 / 7, type(4 / 2).__name__)
for bad in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 1 / 0.0):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(5.0 % float("inf"), -5.0 % float("inf"))
