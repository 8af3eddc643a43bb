# heap: 256K
# Dust-only: with automatic collection disabled, cycles pile up until the heap is full; then the
# allocation that fails runs an emergency collection (no finalizers) and succeeds. CPython has no
# budget, so it would simply grow.
import gc

gc.disable()
made = 0
for i in range(20000):
    l = [i, None, None, None]
    l[1] = l                     # a cycle of one list: refcounting cannot free it
    made += 1
del l
print("made", made, "cycles in a 256K heap")
print("still disabled:", not gc.isenabled())
print(gc.collect() < 20000)      # most were freed by emergency collections already
s = gc.get_stats()[2]
print(s["collections"] > 1, s["collected"] > 10000)
