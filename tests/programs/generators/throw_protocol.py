# generator.throw: handled inside (the next yield's value is returned), unhandled (propagates and
# finishes the generator), thrown into a just-started or finished generator, with an instance or a
# class, and the traceback of an exception thrown in
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  handled", repr(e))
            n = 100

g = resilient()
print(next(g), next(g), g.throw(ValueError("reset")), next(g))
print(g.throw(ValueError), next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))

def fresh():
    print("  never started")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("into fresh"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(f, "fresh is done"))

def done():
    yield 1
d = done()
list(d)
try:
    d.throw(IndexError("into finished"))
except IndexError as e:
    print("IndexError:", e)

def cleanup():
    try:
        yield "working"
    finally:
        print("  cleanup runs")
c = cleanup()
next(c)
try:
    c.throw(TypeError("boom"))
except TypeError as e:
    print("TypeError:", e)

def converts():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("converted")
cv = converts()
next(cv)
try:
    cv.throw(ZeroDivisionError)
except ValueError as e:
    print("ValueError:", e, "context:", type(e.__context__).__name__)

def returns_on_throw():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception as e:
        return f"stopped by {type(e).__name__}"
r = returns_on_throw()
next(r)
try:
    r.throw(OSError("x"))
except StopIteration as e:
    print("StopIteration:", e.value)

def yields_in_except():
    while True:
        try:
            yield "normal"
        except Exception as e:
            yield f"error {e}"
ye = yields_in_except()
print(next(ye), ye.throw(Exception("e1")), next(ye), ye.throw(Exception("e2")))

try:
    g2 = resilient()
    next(g2)
    g2.throw(ValueError, ValueError("x"), None)
    print("3-arg throw handled")
except TypeError as e:
    print("TypeError:", e)
try:
    resilient().throw(5)
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    resilient().throw(NotExc)
except TypeError as e:
    print("TypeError:", e)

def gen_with_state():
    x = 0
    while True:
        try:
            x = yield x
        except ArithmeticError:
            x = -1
s = gen_with_state()
next(s)
print(s.send(5), s.throw(OverflowError), s.send(7))
