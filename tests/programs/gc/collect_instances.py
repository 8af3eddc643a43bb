# Cycles of class instances. Slotted classes have no __dict__, so the object graph is the same in
# Dust and CPython; with a __dict__, CPython 3.11 keeps attribute values inline (no dict object)
# and counts fewer objects: see tests/dust/gc/instance_dicts.py.
import gc

gc.collect()

class Node:
    __slots__ = ("other", "name")
    def __init__(self, name):
        self.other = None
        self.name = name

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("two nodes:", gc.collect())

n = Node("self")
n.other = n
del n
print("one node:", gc.collect())

nodes = [Node(str(i)) for i in range(50)]
for i in range(50):
    nodes[i].other = nodes[(i + 7) % 50]
nodes[0].other = nodes
del nodes
print("fifty nodes and a list:", gc.collect())

# an instance in a cycle through a list
c = Node("c")
c.other = [c]
del c
print("node and list:", gc.collect())

# classes are cycles themselves (a class is the first item of its own __mro__)
class Temp:
    pass
del Temp
print("class collected:", gc.collect() > 0)

# but a class that is still used is not touched
class Kept:
    __slots__ = ("v",)
k = Kept()
k.v = 42
print(gc.collect(), k.v, Kept.__name__)
