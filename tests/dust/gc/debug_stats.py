# Dust-only: DEBUG_STATS prints CPython's lines on stderr (object counts and times are Dust's).
import gc

gc.collect()
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect(0))
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)

class Node:
    __slots__ = ("next",)

a = Node()
a.next = Node()
a.next.next = a
del a
print(gc.collect(1))
gc.set_debug(0)
print(gc.collect())
