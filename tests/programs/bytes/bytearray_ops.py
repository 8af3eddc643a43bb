# bytearray mutation
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"hello")
a[0] = 72
print(a)
a[-1] = ord("O")
print(a)
a.append(33)
print(a, len(a))
a.extend(b" ok")
a.extend([1, 2])
a.extend(bytearray(b"!"))
print(a)
print(a.pop(), a.pop(0), a)
a.insert(0, 104)
a.insert(100, 46)
a.insert(-2, 45)
print(a)
a.remove(45)
print(a)
t(lambda: a.remove(200))
t(lambda: a.remove(999))
a.reverse()
print(a)
c = a.copy()
c.clear()
print(c, a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a[1:3] = b"XYZ"
print(a)
a[0:0] = b"<<"
print(a)
a[::2] = b"....."[:len(a[::2])]
print(a)
t(lambda: a.__setitem__(0, 256))
t(lambda: a.__setitem__(0, -1))
t(lambda: a.__setitem__(0, "x"))
t(lambda: a.__setitem__(100, 1))
t(lambda: a.__setitem__(slice(None, None, 2), b"x"))
t(lambda: a.append(256))
t(lambda: a.append("x"))
t(lambda: a.extend(5))
t(lambda: a.extend([1, 300]))
t(lambda: a.extend("str"))
t(lambda: bytearray().pop())
t(lambda: a.pop(100))
t(lambda: a.insert(0, 256))
t(lambda: a.__delitem__(100))
e = bytearray()
for i in range(100):
    e.append(i)
print(len(e), e[50], e[-1], sum(e))
e[10:90] = b""
print(e)
e += b"++"
print(e)
e *= 2
print(e)
f = e
f += b"!"
print(e is f, e)
print(a == bytearray(a), bytearray(b"abc") + b"d", bytearray(b"ab") * 2)
t(lambda: hash(bytearray()))
t(lambda: bytearray(b"x")[0])
t(lambda: bytearray(b"xyz")[1:])
t(lambda: type(bytearray(b"xyz")[1:]).__name__)
g = bytearray(b"abc")
g[1:2] = []
print(g)
g[0:1] = [65, 66]
print(g)
g[5:] = b"tail"
print(g)
t(lambda: g.__setitem__(slice(0, 1), 5))
