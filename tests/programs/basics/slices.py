# slices with steps and negative indexes on lists, tuples, strings, ranges
L = list(range(10))
T = tuple(L)
S = "0123456789"
R = range(10)
specs = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None),
         (None, -3, None), (None, None, -1), (8, 2, -2), (-1, -5, -1), (100, None, None),
         (-100, 3, None), (None, None, 3), (1, 100, 4), (5, 5, None), (7, 3, None), (None, None, -3)]
for a, b, c in specs:
    s = slice(a, b, c)
    print((a, b, c), L[s], T[s], S[s], list(R[s]), R[s])
print(L[-1], T[-2], S[-10], R[-1], L[::-1][0])
print(L[1:-1:3], S[::2], S[1::2], S[::-2])
print(range(0, 20, 3)[2:5], range(10, 0, -1)[::2], range(5)[::-1])
try:
    L[10]
except IndexError as e:
    print("IndexError:", e)
try:
    S[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    T[1.5]
except TypeError as e:
    print("TypeError:", e)
print("hello"[1:3], "hello"[:-1], "hello"[-3:], ""[1:2], [][5:])
print(len(R[2:9:3]), R[2:9:3][1], 4 in R[::2], 5 in R[::2])
