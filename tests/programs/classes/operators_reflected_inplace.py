# reflected (__radd__...) and in-place (__iadd__...) operators, fallback of += to __add__
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % self.v
    def __add__(self, o):
        print("__add__")
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print("__radd__")
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
print(N(1) + 2, 2 + N(1), 10 - N(3), 3 * N(4), 1 / N(4), 2 ** N(5), 1 << N(3))
print(sum([N(1), N(2)]))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)
x = N(5)
old = x
x += 1
print(x, old, x is old)
class Sub(N):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub wins"
print(N(1) + Sub(2))
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
class OnlyR:
    def __rand__(self, o):
        return ("rand", o)
    def __ror__(self, o):
        return ("ror", o)
    def __rxor__(self, o):
        return ("rxor", o)
print(1 & OnlyR(), 2 | OnlyR(), 3 ^ OnlyR())
try:
    OnlyR() & 1
except TypeError as e:
    print("TypeError:", e)
lst = [1]
lst += (2, 3)
print(lst)
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print("TypeError:", e)
