# assignment and deletion through slices on lists, extended slices need equal lengths
L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[:0] = [-1, -2]
print(L)
L[len(L):] = [99]
print(L)
L[::2] = [0] * len(L[::2])
print(L)
L[1:3] = []
print(L)
del L[::3]
print(L)
del L[-2:]
print(L)
M = [1, 2, 3, 4, 5, 6]
M[::-2] = "xyz"
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
N = [1, 2, 3]
N[1:2] = range(5)
print(N)
N[:] = "ab"
print(N)
N[5:10] = [7]
print(N)
P = [1, 2, 3]
P[1:1] = P
print(P)
