# heap: 256K
# Dust-only: an emergency collection runs no Python code, so cycles whose objects have __del__
# are kept (with what they reach) and collected, finalizers and all, at the next safe point, even
# with automatic collection disabled. Until then the heap may stay full: an allocation can still
# fail with MemoryError, and the program recovers from it.
import gc

gc.disable()
created = 0
finalized = 0
errors = 0

class Fin:
    __slots__ = ("me", "pad")
    def __del__(self):
        global finalized
        finalized += 1

for i in range(20000):
    try:
        f = Fin()
        created += 1
        f.me = f
        f.pad = [None] * 8
    except MemoryError as e:
        errors += 1
        e.__traceback__ = None   # the static MemoryError would keep this module's code alive
f = None
print("went on after", "some" if errors else "no", "MemoryErrors")
gc.collect()
print("all finalized:", created > 0 and finalized == created)
print("still disabled:", not gc.isenabled())
