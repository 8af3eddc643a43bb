# heap: 1M
# MemoryError with recovery. DESIGN: the .exp comes from CPython, which never runs out of memory
# here, while Dust with a 1 MiB heap does. Phase 1 builds lists in a loop bounded by a count that is
# far more than 1 MiB holds (about 30 MB in CPython); Dust stops with MemoryError, which is caught.
# Only lines that are the same either way are printed: whether MemoryError happened is never printed.
# Then everything is dropped and new lists are built and checked: that must work on both.
held = []
try:
    for i in range(200000):
        held.append([i] * 10)
except MemoryError:
    pass
print("phase 1 finished")
held = None
fresh = [list(range(50)) for _ in range(50)]
print("phase 2 built", len(fresh), "lists, total", sum(sum(x) for x in fresh))
fresh = None
again = []
try:
    for i in range(200000):
        again.append(str(i) * 3)
except MemoryError:
    pass
print("phase 3 finished")
again.clear()
again = None
words = ["w%d" % i for i in range(1000)]
print("phase 4", len(words), words[0], words[-1])
