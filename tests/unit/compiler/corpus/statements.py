"""Statements: assignment forms, loops with else, break/continue, if chains, assert, pass, del, global."""
import sys
x = 1
x += 2
x.y += 3
x[0] -= 4
x.y.z *= 5
x[a][b] //= 6
a, b = b, a
a, b, c = c, b, a
(a, b), c = d
a, *b = c
*a, b = c
a, *b, c = d
[a, b] = c
a = b = c = 0
for i in range(10):
    if i == 2:
        continue
    elif i == 5:
        break
    else:
        pass
else:
    print('done')
while x:
    x -= 1
    if x == 3:
        break
else:
    x = 7
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
assert x
assert x, 'message'
del x
def g():
    global x
    x = 1
    del x
def loops(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if j % 2:
                continue
            total += j
            if total > 100:
                break
        else:
            total -= 1
    while True:
        n -= 1
        if n < 0:
            break
    while 1:
        break
    while n:
        pass
    for _ in ():
        pass
    return total
def unpack(t):
    a, b = t
    (a, b), (c, d) = t
    for k, v in t:
        a = k, v
    return a
def aug(o, k):
    o.n += 1
    o[k] **= 2
    o[k][k] <<= 1
    k |= 3
    return k
def ifs(a):
    if a:
        return 1
    else:
        return 2
def ifs2(a):
    if a == 1:
        r = 'one'
    elif a == 2:
        r = 'two'
    else:
        r = 'many'
    return r
def const_if():
    if 0:
        print('never')
    if 1:
        return 'always'
def ret_none():
    return
def ret_in_loop(xs):
    for x in xs:
        if x:
            return x
    return None
