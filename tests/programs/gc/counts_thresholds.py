# get_count, get_threshold, set_threshold, enable/disable/isenabled.
import gc

print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

gc.collect()
c = gc.get_count()
print(type(c).__name__, len(c), c[1], c[2])
gc.collect(0)
print(gc.get_count()[1])
gc.collect(0)
print(gc.get_count()[1])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])

# new containers raise the first count
before = gc.get_count()[0]
keep = [[] for i in range(50)]
print(gc.get_count()[0] - before >= 50)

print(gc.set_threshold(500))
print(gc.get_threshold())
gc.set_threshold(400, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(700)

for args in [(), (1, 2, 3, 4), ("a",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold(x=1)
except TypeError as e:
    print("TypeError:", e)
for name in ["enable", "disable", "isenabled", "get_count", "get_threshold", "get_debug",
             "freeze", "unfreeze", "get_freeze_count", "get_stats"]:
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.enable(x=1)
except TypeError as e:
    print("TypeError:", e)
print(gc.get_threshold(), gc.isenabled())
