# subclassing list and dict: overridden methods, __missing__, which builtin methods do not call the
# overrides (as in CPython), extra attributes, and results that are of the base type
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, type(s + [5]).__name__)
print(isinstance(s, list), s == [1, 2, 3, 4], sorted(s, reverse=True))
s.label = "mine"
print(s.label, vars(s))

class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

groups = Default(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups.get("z"), "z" in groups, len(groups))

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
ld = LoudDict(a="x")
ld["b"] = "y"
ld.update(c="z")
ld.setdefault("d", "w")
print(sorted(ld.items()))

class LowerKeys(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lk = LowerKeys(key=1)
print(lk["KEY"], lk.get("KEY"), list(lk))

class Counted(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, v):
        self.appends += 1
        super().append(v)
c = Counted("ab")
c.append("c")
c.extend("de")
c += ["f"]
print(c, c.appends, type(c).__name__)

class OrderedSet(dict):
    def add(self, k):
        self[k] = None
    def __iter__(self):
        return iter(self.keys())
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet()
for x in [3, 1, 3, 2, 1]:
    os_.add(x)
print(os_, list(os_), 2 in os_)

class Matrix(list):
    @classmethod
    def zeros(cls, n):
        return cls([0] * n for _ in range(n))
    def transpose(self):
        return Matrix(map(list, zip(*self)))
m = Matrix([[1, 2], [3, 4]])
print(m.transpose(), Matrix.zeros(2), type(Matrix.zeros(2)).__name__)

class Reversed(list):
    def __iter__(self):
        return iter(list.__iter__(self).__reversed__() if False else self[::-1])
r = Reversed([1, 2, 3])
print(list(r), [x for x in r], r, sum(r), list.__len__(r))
print(dict.fromkeys.__name__, type(LowerKeys.fromkeys("ab")).__name__, LowerKeys.fromkeys("ab", 0))
