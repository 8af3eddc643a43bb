# get_referents: what an object refers to, for simple graphs (the order follows CPython's
# traversal: lists and tuples from the end, dict values when all keys are strs).
import gc

print(gc.get_referents([1, "a", (2,)]))
print(gc.get_referents((1, "a", [2])))
print(gc.get_referents({"a": 1, "b": [2]}))
print(gc.get_referents({1: "x", (2,): "y"}))
print(gc.get_referents({1, 2, 3}))
print(gc.get_referents([1], (2,)))
print(gc.get_referents(1, "x", None, 2.5))
print(gc.get_referents())

class S:
    __slots__ = ("a", "b")
s = S()
s.a = [1]
s.b = 2
print(gc.get_referents(s))

class D:
    pass
d = D()
d.x = 1
print(d.__dict__)
print(gc.get_referents(d))

def outer():
    x = [7]
    def inner():
        return x
    return inner
i = outer()
print(gc.get_referents(i.__closure__[0]))
print([type(o).__name__ for o in gc.get_referents(i.__closure__)])
print(len(gc.get_referents(outer)))
print(gc.get_referents([].append))
print(gc.get_referents(iter([5])))
print(gc.get_referents({}.keys()))
print(gc.get_referents(slice(1, 2)))
print(gc.get_referents(ValueError(1)))
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)
