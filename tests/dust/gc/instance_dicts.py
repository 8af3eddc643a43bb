# Dust-only (a documented difference): an instance with a __dict__ is two objects in Dust, the
# instance and its dict, so a cycle of two such instances is four unreachable objects. CPython
# 3.11 keeps the attributes of such instances inline and reports 2 (it also reports 4 once the
# __dict__ has been asked for). Slotted instances are one object in both.
import gc

gc.collect()

class Plain:
    pass

a = Plain()
b = Plain()
a.other = b
b.other = a
del a, b
print(gc.collect())

a = Plain()
b = Plain()
a.other = b
b.other = a
a.__dict__, b.__dict__
del a, b
print(gc.collect())
