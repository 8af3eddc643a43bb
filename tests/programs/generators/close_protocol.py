# generator.close: GeneratorExit at the paused yield, finally blocks run, a generator that yields
# again raises RuntimeError, close() on fresh and finished generators, return value on close,
# and closing by dropping the last reference
def worker(name):
    print(f"  {name} start")
    try:
        while True:
            yield name
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  {name} finally")

w = worker("w1")
print(next(w))
w.close()
print("closed", next(w, "exhausted"))
w.close()
print("second close is a no-op")

fresh = worker("never")
fresh.close()
print("fresh closed", next(fresh, "nothing"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
sr = swallow_and_return()
next(sr)
print(sr.close())

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def drop():
    try:
        yield 1
        yield 2
    finally:
        print("  dropped generator finalized")
dg = drop()
next(dg)
dg = None
print("after drop")

def loop_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("  loop generator closed at", i)
for v in loop_break():
    if v == 2:
        break
print("after break")

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
nf = nested_finally()
next(nf)
nf.close()

def with_in_gen():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, t, v, tb):
            print("  __exit__ with", t.__name__ if t else None)
    with CM():
        yield 1
wg = with_in_gen()
next(wg)
wg.close()

gexp = (print("  evaluating", x) or x for x in range(3))
print(next(gexp))
gexp.close()
print(next(gexp, "genexp closed"))
