# PEP 442: objects with __del__ in cycles are collected; each __del__ runs exactly once, before
# any object of the cycle is cleared, so it still sees its attributes.
import gc

gc.collect()
log = []

class Fin:
    __slots__ = ("name", "peer")
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        log.append((self.name, self.peer.name if self.peer is not None else None))

a = Fin("a")
b = Fin("b")
a.peer = b
b.peer = a
del a, b
print("found:", gc.collect())
print(sorted(log))

log.clear()
print("again:", gc.collect(), log)

# a ring of five, with one extra reference into it from a list in the ring
log.clear()
ring = [Fin(str(i)) for i in range(5)]
for i in range(5):
    ring[i].peer = ring[(i + 1) % 5]
holder = Fin("holder")
holder.peer = ring[0]
ring[4].peer = holder
holder2 = ring
del ring, holder, holder2
print("found:", gc.collect())
print(sorted(log))

# without a cycle, refcounting runs __del__ at once and the collector never sees it
log.clear()
x = Fin("alone")
del x
print(log, gc.collect())

# __del__ that raises: the error is reported (stderr) and the collection goes on
class Bad:
    __slots__ = ("me",)
    def __del__(self):
        log.append("bad")
        raise ValueError("in __del__")

log.clear()
bad = Bad()
bad.me = bad
del bad
print("found:", gc.collect(), log)
