# PEP 442 resurrection: a __del__ that makes its object reachable again keeps the whole cycle
# alive; the finalizer never runs a second time, and the collector frees the cycle later.
import gc

gc.collect()
saved = []
calls = []

class Phoenix:
    __slots__ = ("peer", "name")
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        calls.append(self.name)
        if self.name == "a":
            saved.append(self)

a = Phoenix("a")
b = Phoenix("b")
a.peer = b
b.peer = a
del a, b
n = gc.collect()
print("found after resurrection:", n)
print(sorted(calls))
print([p.name for p in saved], saved[0].peer.name, saved[0].peer.peer is saved[0])
print(gc.is_finalized(saved[0]), gc.is_finalized(saved[0].peer))

calls.clear()
saved.clear()
print("freed later:", gc.collect())
print("finalizers run again:", calls)

# resurrected by a finalizer into a global, then dropped without a cycle: refcounting frees it
# and, as it is finalized already, __del__ does not run again
class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        saved.append(self)

o = Once()
o.me = o
del o
gc.collect()
print(Once.count, len(saved))
saved[0].me = None
saved.clear()
print(Once.count, gc.collect())
