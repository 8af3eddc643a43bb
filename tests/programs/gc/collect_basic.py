# gc.collect() returns the number of unreachable objects it found, for graphs whose objects are
# the same in Dust and CPython (lists, dicts, tuples).
import gc

gc.collect()                       # whatever start-up left behind

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())

ring = [[] for i in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of ten lists:", gc.collect())

# garbage that refcounting frees by itself is not found by the collector
x = [[1, 2], {"k": [3]}]
del x
print("no cycle:", gc.collect())

# a cycle with a list hanging off it: the hanger-on is unreachable too
a = [1]
a.append(a)
a.append([4, 5, 6])
del a
print("cycle plus a list:", gc.collect())

# something reachable from outside is never collected
keep = []
keep.append(keep)
print("reachable:", gc.collect(), len(keep))
keep.clear()
print("cleared:", gc.collect())
