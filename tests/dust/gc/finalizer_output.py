# Dust-only: a __del__ that raises, a generator that ignores GeneratorExit and a gc callback that
# raises are reported on stderr as CPython reports them ("Exception ignored in: ..."), and the
# collection carries on.
import gc

class Bad:
    def __del__(self):
        raise ValueError("from __del__")

def stubborn(box):
    try:
        yield 1
    finally:
        yield 2

gc.collect()
b = Bad()
b.me = b
box = []
g = stubborn(box)
next(g)
box.append(g)                    # box -> generator -> its frame -> box
del b, g, box

def cb(phase, info):
    if phase == "stop":
        raise RuntimeError("from a callback")

gc.callbacks.append(cb)
print(gc.collect() >= 2)
gc.callbacks.remove(cb)
print("done")
