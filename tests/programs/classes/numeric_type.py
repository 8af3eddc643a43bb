# a full numeric class: arithmetic, reflected and in-place operators, unary operators, conversions
# (__int__, __float__, __index__, __round__, __trunc__), __pow__ with a modulus, __divmod__
# and mixing with ints and floats
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = self._gcd(abs(n), d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @classmethod
    def _of(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = self._of(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._of(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._of(o) - self
    def __mul__(self, o):
        o = self._of(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._of(o) / self
    def __floordiv__(self, o):
        o = self._of(o)
        return (self.n * o.d) // (self.d * o.n)
    def __mod__(self, o):
        return self - self // o * self._of(o)
    def __divmod__(self, o):
        return self // o, self % o
    def __pow__(self, e, mod=None):
        if mod is not None:
            return Frac(pow(self.n, e, mod), pow(self.d, e, mod))
        if e < 0:
            return Frac(self.d ** -e, self.n ** -e)
        return Frac(self.n ** e, self.d ** e)
    def __rpow__(self, base):
        return float(base) ** float(self)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pos__(self):
        return self
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __invert__(self):
        return Frac(self.d, self.n)
    def __int__(self):
        return int(self.n / self.d)
    def __trunc__(self):
        return self.__int__()
    def __float__(self):
        return self.n / self.d
    def __round__(self, nd=None):
        v = round(self.n / self.d, nd)
        return v
    def __eq__(self, o):
        o = self._of(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash(self.n / self.d) if self.d != 1 else hash(self.n)
    def __bool__(self):
        return self.n != 0

a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Frac(7, 2), 1))
print(1 + a, a + 1, 2 - a, 3 * b, 1 / a, a ** 2, a ** -2, pow(Frac(2, 3), 2, 5), 2 ** Frac(1, 2))
print(-a, +a, abs(Frac(-3, 4)), ~Frac(2, 5), int(Frac(7, 2)), float(b), round(Frac(2, 3), 3), round(Frac(7, 2)))
print(a == Frac(2, 4), a == 0.5, a != b, b < a, sorted([a, b, Frac(0)]), bool(Frac(0)), hash(Frac(4, 2)) == hash(2))
x = Frac(1, 4)
x += Frac(1, 4)
x *= 4
x -= 1
print(x, type(x).__name__)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([Frac(1, n) for n in range(1, 7)]), sum([Frac(1, 2)] * 4, Frac(0)))

class Inplace:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Inplace(self.items + list(other))
    def __imul__(self, n):
        self.items *= n
        return self
    def __ior__(self, other):
        return "ior result"
    def __repr__(self):
        return f"Inplace({self.items})"
p = Inplace([1])
q = p
p += [2]
print(p is q, p)
p = p + [3]
print(p is q, p, q)
q *= 2
print(q)
q |= 1
print(q)

class Vec:
    def __init__(self, *c):
        self.c = c
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return self << (len(self.c) - n)
    def __and__(self, o):
        return Vec(*(min(x, y) for x, y in zip(self.c, o.c)))
    def __xor__(self, o):
        return "xor"
    def __rxor__(self, o):
        return "rxor"
    def __repr__(self):
        return f"Vec{self.c}"
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), [1] @ v, v << 1, v >> 1, v & Vec(3, 1, 2), v ^ 1, 1 ^ v)
