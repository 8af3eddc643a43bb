# for loops: over every iterable kind, else clause, loop variable after the loop
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(2, 11, 3):
    print(i, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for t in (1, "two", 3.0):
    print(repr(t), end=" ")
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for i in range(3):
    pass
else:
    print("else after full loop, i =", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("i after break", i)
for x in []:
    print("never")
else:
    print("else of empty for")
def primes(n):
    out = []
    for p in range(2, n):
        for d in range(2, p):
            if p % d == 0:
                break
        else:
            out.append(p)
    return out
print(primes(30))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for _ in range(0):
    pass
print(list(range(-3, 3)), list(range(5, 0, -2)))
