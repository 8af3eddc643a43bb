# get_objects: every object the collector tracks, or one generation's.
import gc

gc.collect()            # start from a known state: everything so far is in the oldest generation

def contains(objs, x):
    return any(o is x for o in objs)

x = ["marker"]
print(contains(gc.get_objects(), x))
print(contains(gc.get_objects(0), x), contains(gc.get_objects(1), x), contains(gc.get_objects(2), x))
gc.collect(0)
print(contains(gc.get_objects(0), x), contains(gc.get_objects(1), x), contains(gc.get_objects(2), x))
gc.collect()
print(contains(gc.get_objects(generation=0), x), contains(gc.get_objects(generation=2), x))
print(contains(gc.get_objects(None), x), contains(gc.get_objects(-1), x))
print(contains(gc.get_objects(), 12345), contains(gc.get_objects(), "marker"))

for bad in (3, -2, "x"):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print(e)
try:
    gc.get_objects(gen=1)
except TypeError as e:
    print(e)
