# vars(), dir() of instances and classes (filtered to non-dunder names), globals() membership
class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
c = C()
print(vars(c), sorted(k for k in vars(C) if k[:2] != "__"))
print([n for n in dir(c) if n[:2] != "__"])
print([n for n in dir(C) if n[:2] != "__"])
c.extra = 4
print(sorted(vars(c).items()), vars(c) is c.__dict__)
print("C" in globals(), "zzz" in globals(), globals()["C"] is C)
def f():
    local_a = 1
    local_b = 2
    return sorted(locals())
print(f())
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir([]) if n[:2] != "__"])
print([n for n in dir({}) if n[:2] != "__"])
