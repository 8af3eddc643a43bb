# __del__: runs when the last reference goes (del, rebinding, leaving a function, removing from a
# container), sees the object's attributes, runs once, and objects made in __del__ are fine
log = []
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)

a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b = Tracked("b2")
print("after rebinding b")

def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")

items = [Tracked("i0"), Tracked("i1"), Tracked("i2")]
items.pop(1)
print("after pop")
del items[0]
print("after del item")
items.clear()
print("after clear")

d = {"k": Tracked("dv")}
d["k"] = None
print("after dict overwrite")

x = Tracked("shared")
y = x
del x
print("x deleted, y alive:", y.name)
y = None
print("after y = None")

class Chain:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del chain", self.name)
c = Chain("root", Chain("mid", Chain("leaf")))
del c
print("after chain")

class Resurrect:
    def __del__(self):
        print("del makes new object", Tracked("from-del").name)
r = Resurrect()
r = None
print("after resurrect")

def make_and_return():
    t = Tracked("returned")
    return t
kept = make_and_return()
print("kept", kept.name)
kept = 0

class CountDel:
    count = 0
    def __del__(self):
        CountDel.count += 1
for _ in range(5):
    CountDel()
print("count", CountDel.count)
tmp = [CountDel() for _ in range(3)]
tmp = None
print("count", CountDel.count)

class WithExit:
    def __enter__(self):
        return Tracked("ctx")
    def __exit__(self, *a):
        return False
with WithExit() as w:
    print("in with", w.name)
w = None
print("end")
