# with: several managers in one statement (entered left to right, exited right to left),
# parenthesised managers, suppression only of the inner block, exceptions from __exit__ replacing
# the body's, managers built by generators by hand, and with inside loops and generators
class CM:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "-")
        return t is not None and issubclass(t, self.suppress)

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with (
    CM("p1") as p1,
    CM("p2", suppress=(KeyError,)),
):
    raise KeyError("suppressed by p2")
print("after parenthesised")

try:
    with CM("outer", suppress=(ValueError,)), CM("inner"):
        raise ValueError("v")
except ValueError:
    print("not reached")
print("outer suppressed it")

try:
    with CM("x"), CM("y", suppress=(TypeError,)):
        raise KeyError("not suppressed")
except KeyError as e:
    print("KeyError escaped:", e)

class GenCM:
    def __init__(self, gen_fn, *args):
        self.gen = gen_fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print(f"  {name} handled division")
    finally:
        print(f"</{name}>")

with GenCM(tag, "div") as t:
    print("  inside", t)
with GenCM(tag, "err"):
    1 / 0
print("division error handled by the generator")
try:
    with GenCM(tag, "key"):
        {}["k"]
except KeyError as e:
    print("KeyError passed through:", e)

def in_loop():
    results = []
    for i in range(4):
        with CM(f"L{i}", suppress=(ZeroDivisionError,)):
            results.append(10 // (i - 2))
    return results
print(in_loop())

def gen_with():
    with CM("gen"):
        yield 1
        yield 2
print(list(gen_with()))

class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        assert not self.held, "deadlock"
        self.held = True
        return self
    def __exit__(self, *a):
        self.held = False
lock = Lock()
with lock:
    try:
        with lock:
            pass
    except AssertionError as e:
        print("AssertionError:", e)
print("held after:", lock.held)
with CM("as-tuple") as (first, *rest):
    print(first, rest)
target = {}
with CM("subscript") as target["k"]:
    pass
print(target)
