# augmented assignment on names, attributes, subscripts; evaluation of the target only once
class C:
    pass
def idx(i):
    print("idx", i)
    return i
def obj(o):
    print("obj")
    return o
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
y = 6
y &= 3; y |= 8; y ^= 1; y <<= 2; y >>= 1
print(y)
s = "ab"
s += "cd"; s *= 2
print(s)
c = C()
c.n = 1
c.n += 41
obj(c).n *= 2
print(c.n)
lst = [1, 2, 3]
lst[0] += 10
lst[idx(1)] -= 5
lst[-1] *= 3
print(lst)
d = {"k": 1}
d["k"] += 1
d[idx("k")] += 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
l1 = [1]
l2 = l1
l1 += [2]        # in place: l2 sees it
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)       # new tuple
print(t1, t2, t1 is t2)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
