# Generators abandoned mid-iteration inside cycles: the collector closes them (their finally
# blocks run), once, and frees them.
import gc

gc.collect()

def gen(box, log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

log = []
box = []
g = gen(box, log)
box.append(g)             # box -> generator -> its frame -> box
print(next(g))
del g, box
print("found:", gc.collect())
print(log)

# a generator whose frame refers to itself
def selfref(log):
    me = yield "started"
    try:
        yield me
    finally:
        log.append("closed")

log = []
g = selfref(log)
print(next(g))
print(g.send(g) is g)
del g
print("found:", gc.collect())
print(log)

# finished and never-started generators need no finalizer
log = []
box = []
g = gen(box, log)
box.append(g)
del g, box
print("never started:", gc.collect(), log)

box = []
g = gen(box, log)
box.append(g)
print(list(g))
del g, box
print("finished:", gc.collect(), log)

# a generator that catches GeneratorExit and yields again: RuntimeError is reported on stderr,
# the collection goes on, and the generator is freed with its cycle
def stubborn(box, log):
    while True:
        try:
            yield 1
        except GeneratorExit:
            log.append("ignored")
            yield 2
            return

log = []
box = []
g = stubborn(box, log)
box.append(g)
next(g)
del g, box
print("stubborn:", gc.collect(), log)
print("afterwards:", gc.collect(), log)
