# globals() and locals(): the module namespace as a dict (writes create globals), locals() as a
# snapshot inside functions, locals() in class bodies and comprehensions, vars() without args
x = 1
g = globals()
print(g["x"], g is globals(), "g" in g, type(g).__name__, g["__name__"])
g["created_by_dict"] = "hello"
print(created_by_dict)
del g["created_by_dict"]
print("created_by_dict" in globals())

def f(a, b=2):
    c = a + b
    snapshot = locals()
    return sorted(snapshot.items())
print(f(1))

def snapshot_is_copy():
    v = 1
    loc = locals()
    loc["v"] = 99
    return v, loc["v"]
print(snapshot_is_copy())

def closure_locals():
    outer_v = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_v, sorted(locals())
    return inner(), inner_uses()
print(closure_locals())

class Body:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    module = __module__
    qual = __qualname__
print(Body.names, Body.module, Body.qual)

def vars_noargs():
    p = 1
    return sorted(vars())
print(vars_noargs(), vars() is globals())

def set_global(name, value):
    globals()[name] = value
set_global("dyn", [1, 2])
print(dyn)

def reads_global_later():
    return later_defined
later_defined = "defined after the function"
print(reads_global_later())

def counter():
    global count
    try:
        count += 1
    except NameError:
        count = 1
    return count
print(counter(), counter(), globals()["count"])

print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
print(len(locals()) == len(globals()), [k for k in ("x", "f", "Body") if k in locals()])
print(vars()["x"], globals().get("missing", "no such global"))
