# subclassing list and dict: extra methods, overridden methods, builtin behaviour preserved
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[0:1], type(s[:]).__name__, sorted(Stack([3, 1])))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u["b"] = 2
print(u, u["A"], "a" in u, len(u), list(u.keys()))
class Counted(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.hits = 0
    def __getitem__(self, k):
        self.hits += 1
        return super().__getitem__(k)
c = Counted(x=1)
print(c["x"], c["x"], c.hits, c.get("x"), c.hits)
class MyList(list):
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
    def __len__(self):
        return 100
m = MyList(range(3))
print(m, len(m), list(m), bool(MyList()))
class Tagged(list):
    pass
t = Tagged()
t.tag = "x"
t.extend("ab")
print(t, t.tag, t == ["a", "b"])
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
print(MyInt(5), MyInt(5) + 1, type(MyInt(5) + 1).__name__, MyInt("7"), isinstance(MyInt(2), int))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))
class MyTuple(tuple):
    pass
print(MyTuple((1, 2)), MyTuple([3]) + (4,))
