# Dust-only: the seed's itertest under DEBUG_LEAK. Its listiter closure leaves a cell, the closure
# tuple and the function itself in a cycle; collect() finds the three and, with DEBUG_SAVEALL,
# keeps them in gc.garbage. stderr shows CPython's lines with Dust's heap addresses.
import gc

def itertest(o):
    def listiter(l):
        for i in l:
            if isinstance(i, list):
                chunks = listiter(i)
                for i in chunks:
                    yield i
            yield i
    return listiter(o)

gc.collect()
gc.set_debug(gc.DEBUG_LEAK)
l = [1, 2, 3]
i = itertest(l)
print(list(i))
del i
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
fn = [o for o in gc.garbage if type(o).__name__ == "function"][0]
print(fn.__name__, fn.__closure__[0].cell_contents is fn)
del fn
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
