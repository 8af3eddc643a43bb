# get_stats: collections, collected and uncollectable per generation.
import gc

s = gc.get_stats()
print(type(s).__name__, len(s), [sorted(g) for g in s])

before = gc.get_stats()
a = []
a.append(a)
b = {}
b[1] = b
del a, b
n = gc.collect()
after = gc.get_stats()
print(n)
print(after[2]["collections"] - before[2]["collections"])
print(after[2]["collected"] - before[2]["collected"])
print(after[2]["uncollectable"] - before[2]["uncollectable"])

before = gc.get_stats()
gc.collect(1)
after = gc.get_stats()
print([after[i]["collections"] - before[i]["collections"] for i in range(3)])
