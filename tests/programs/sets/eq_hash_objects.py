# user objects as set elements: __hash__/__eq__ are used, mutation during comparison is safe
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

s = {K(1), K(4), K(7), K(1), K(2)}
print(len(s), sorted(s, key=lambda k: k.v))
print(K(4) in s, K(10) in s)
s.discard(K(4))
print(len(s), K(4) in s, K(7) in s)

class Unhashable:
    __hash__ = None

try:
    {Unhashable()}
except TypeError as e:
    print("TypeError", e)

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no eq")

b = BadEq()
s = {b}
print(len(s), b in s)
try:
    BadEq() in s
except ValueError as e:
    print("ValueError", e)

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return "H(%d)" % self.h

print(list({H(3), H(11), H(19), H(1)}))
print(list({H(-1), H(-2)}))
it = iter({1, 2, 3})
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
