# list operations: slicing with steps, slice assignment and deletion (extended slices need equal
# sizes), in-place operators, index/count with bounds, insert at any position, comparisons,
# copy semantics, list methods' errors
l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[-2::-2], l[8:2:-2], l[100:], l[-100:2], l[5:5])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [None] * 3
print(m)
m[::3] = range(len(m[::3]))
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del m[::2]
print(m)
del m[1:3]
print(m)
m[:] = "xyz"
print(m)
m[len(m):] = [1, 2]
m[-1:] = []
print(m)
n = [1, 2, 3]
n[10:20] = [4]
n[-10:0] = [0]
print(n)

a = [1, 2]
b = a
a += [3]
print(a is b, b)
a = a + [4]
print(a is b, b, a)
a *= 2
print(a)
c = [[]] * 3
c[0].append(1)
print(c)
print([1, 2] * 0, [1] * -1, 2 * [3])
x = [5, 1, 5, 2, 5]
print(x.index(5), x.index(5, 1), x.index(5, -2), x.count(5), x.count(9))
try:
    x.index(5, 1, 2)
except ValueError as e:
    print("ValueError:", e)
x.insert(0, "first")
x.insert(100, "last")
x.insert(-1, "before last")
x.insert(-100, "very first")
print(x)
print(x.pop(), x.pop(0), x.pop(-2), x)
x.remove(5)
print(x)
y = [3, 1, 2]
y.reverse()
print(y, y.copy() is y, y.copy() == y)
y.extend(range(2))
y.extend("ab")
y.extend((i for i in [9]))
print(y)
y.clear()
print(y, len(y))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2]] == [1, [2]], [1, 2] != [2, 1])
print(list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list(), list({3}))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, [*nested[0], *nested[1]])
big = list(range(100))
del big[10:90]
print(len(big), big[8:12], big[-2:])
for bad in (lambda: [].pop(), lambda: [1].insert(), lambda: [1, 2].sort(key=1), lambda: [].remove(0), lambda: list(5)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
s = [3, 1, 2]
print(sorted(s), s, s.sort(), s)
print(sum([[1], [2, 3]], []), [i for i in reversed([1, 2, 3])], list(reversed([])))
