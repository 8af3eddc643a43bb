# DEBUG_SAVEALL: what the collector finds goes to gc.garbage instead of being freed.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(type(gc.garbage).__name__, gc.garbage)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())

a = [1]
a.append(a)
d = {"k": "v"}
d["d"] = d
del a, d
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
for o in gc.garbage:
    if type(o) is list:
        print(o[0], o[1] is o)
    else:
        print(o["k"], o["d"] is o)

# the saved objects are alive: collecting again finds nothing new
print(gc.collect(), len(gc.garbage))

gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())          # the two cycles, now unreferenced, are freed for real
print(gc.garbage)

try:
    gc.set_debug()
except TypeError as e:
    print(e)
try:
    gc.set_debug("x")
except TypeError as e:
    print(e)
