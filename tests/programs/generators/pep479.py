# PEP 479: a StopIteration escaping a generator's frame becomes RuntimeError("generator raised
# StopIteration") with the StopIteration as __cause__; return is the way to stop; next() inside
# generators; StopIteration caught inside is fine
def leaky():
    yield 1
    raise StopIteration("leak")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

def next_inside(it):
    while True:
        yield next(it)
try:
    print(list(next_inside(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def next_with_default(it):
    while True:
        v = next(it, None)
        if v is None:
            return
        yield v
print(list(next_with_default(iter([1, 2, 3]))))

def caught_inside():
    try:
        raise StopIteration("inner")
    except StopIteration as e:
        yield f"caught {e}"
    yield "continues"
print(list(caught_inside()))

def subclass_leak():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_leak())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

genexp = (next(iter([])) for _ in range(2))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp RuntimeError:", e)

def returns_value():
    yield 1
    return "the value"
try:
    r = returns_value()
    next(r)
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)

def other_errors_unchanged():
    yield 1
    raise ValueError("plain")
try:
    list(other_errors_unchanged())
except ValueError as e:
    print("ValueError:", e)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from class iterator")
print(list(It()))
def delegates():
    yield from It()
    yield "after"
print(list(delegates()))

def stop_in_yield_from():
    def inner():
        yield 1
        raise StopIteration("inner leak")
    yield from inner()
try:
    list(stop_in_yield_from())
except RuntimeError as e:
    print("RuntimeError:", e)
print([x for x in (y for y in range(3))])
