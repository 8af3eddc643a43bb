# is_tracked: containers are tracked, atoms are not; tuples of atoms stop being tracked once a
# collection has looked at them (CPython's untrack_tuples).
import gc

class C:
    pass

def f():
    pass

def closure():
    v = 1
    def g():
        return v
    return g

tests = [
    ("int", 1), ("big int", 10**30), ("float", 1.5), ("str", "abc"), ("bytes", b"xy"),
    ("None", None), ("True", True), ("range", range(3)),
    ("list", []), ("set", set()), ("frozenset", frozenset([1])), ("instance", C()),
    ("class", C), ("function", f), ("builtin", len), ("bound method", [].append),
    ("dict with a list", {"a": []}), ("slice", slice(1, 2)),
    ("type object", int), ("cell", closure().__closure__[0]), ("closure tuple", closure().__closure__),
]
for name, obj in tests:
    print(name, gc.is_tracked(obj))

t = tuple([1, "a", None])
print("fresh tuple:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))

u = tuple([1, [2]])
gc.collect()
print("tuple with a list:", gc.is_tracked(u))

nested = tuple([tuple([1, 2]), "x"])
gc.collect()
print("tuple of tuples:", gc.is_tracked(nested), gc.is_tracked(nested[0]))

try:
    gc.is_tracked()
except TypeError as e:
    print(e)
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
print(gc.is_finalized(1), gc.is_finalized([]))
