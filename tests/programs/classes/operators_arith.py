# arithmetic operator overloading: + - * / // % ** @ and NotImplemented leading to TypeError
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, b / 2, b // 2, b % 2, a ** 2, a @ b)
print(a + b == V(4, 6), a == b, a != b)
for expr in (lambda: a + 1, lambda: a * "s", lambda: 1 - a, lambda: a < b):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __repr__(self):
        return "$%d.%02d" % divmod(self.c, 100)
print(Money(150) + Money(275), Money(5) + 10, sum([Money(1), Money(2)], Money(0)))
class Divmod:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(Divmod(), 7), divmod(7, Divmod()))
