# context managers as classes: __enter__'s value bound by `as`, __exit__ receiving the exception,
# suppression by a true result, exceptions raised by __enter__ and __exit__, nesting, reuse
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Resource("a") as r:
    print("body", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Resource("outer") as o, Resource("inner", suppress=True) as i:
    print("both", o.name, i.name)
    1 / 0
print("after nested")

class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Resource("first"), FailingEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

class FailingExit:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        raise ValueError("exit failed")
try:
    with FailingExit() as v:
        print("got", v)
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", v)
            return True
        print("committed")
store = {"x": 1}
with Transaction(store) as s:
    s["x"] = 2
with Transaction(store) as s:
    s["x"] = 3
    s["y"] = 4
    raise ValueError("bad update")
print(store)

def use_in_function():
    with Resource("ret"):
        return "returned"
print(use_in_function())

def loop_with():
    out = []
    for i in range(3):
        with Resource(f"L{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out
print(loop_with())

class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

class Reusable:
    depth = 0
    def __enter__(self):
        Reusable.depth += 1
        return Reusable.depth
    def __exit__(self, *exc):
        Reusable.depth -= 1
        return False
rc = Reusable()
with rc as d1:
    with rc as d2:
        print("depths", d1, d2)
print("final depth", Reusable.depth)

class ExitSees:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t, v, type(v).__name__)
        return isinstance(v, StopIteration)
with ExitSees():
    raise StopIteration(5)
with ExitSees():
    pass
