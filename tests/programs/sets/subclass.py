# subclasses of set and frozenset
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

class Tagged(set):
    def __init__(self, items, tag):
        set.__init__(self, items)
        self.tag = tag

m = MySet([1, 2, 3])
print(m, repr(m), len(m), 2 in m, type(m).__name__)
print(m | {4}, type(m | {4}).__name__, type(m.copy()).__name__, type(m & {1}).__name__)
m.add(9)
print(sorted(m))
fz = MyFrozen("ab")
print(sorted(fz), type(fz).__name__, type(fz.copy()).__name__, fz == frozenset("ab"))
print(MySet(), MyFrozen())
tg = Tagged([3, 4], "x")
print(tg, tg.tag)
print(isinstance(m, set), isinstance(fz, frozenset), isinstance(fz, set))
t(lambda: hash(MyFrozen([1])) == hash(frozenset([1])))
t(lambda: hash(MySet()))
