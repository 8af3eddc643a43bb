# unary operators and conversions: __neg__ __pos__ __abs__ __invert__ __bool__ __len__ __int__ __float__ __index__
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v + 0.5)
    def __abs__(self):
        return U(abs(self.v))
    def __invert__(self):
        return U(~self.v)
    def __repr__(self):
        return "U(%r)" % self.v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
u = U(5)
print(-u, +u, abs(U(-3)), ~u, -(-u))
print(int(u), float(u), [10, 20, 30, 40, 50, 60][u], hex(u), bin(U(3)))
print("abcdefg"[U(1):U(4)], range(10)[U(2)])
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(B(True)), bool(B(False)), not B(False), "yes" if B(True) else "no")
class L:
    def __len__(self):
        return 0
print(bool(L()), len(L()))
class L3:
    def __len__(self):
        return 3
print(bool(L3()), len(L3()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
for f in (lambda: -Nothing(), lambda: ~Nothing(), lambda: abs(Nothing()), lambda: len(Nothing())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(bool(Nothing()))
