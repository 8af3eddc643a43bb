# closures over cells: __closure__ tuples, cell_contents, cells shared between closures,
# cells of loop variables, an empty cell, nonlocal rebinding seen through the cell
def pair():
    value = 10
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(len(get.__closure__), len(set_.__closure__))
print(get.__closure__[0] is set_.__closure__[0])
print(get.__closure__[0].cell_contents)
set_(99)
print(get(), get.__closure__[0].cell_contents)
print(type(get.__closure__).__name__, type(get.__closure__[0]).__name__)
print(get.__code__.co_freevars, pair.__code__.co_cellvars)

def no_free():
    return 1
print(no_free.__closure__)

def late():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    print(inner.__closure__[0].cell_contents if False else "skip")
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = "now"
    print(inner(), inner.__closure__[0].cell_contents)
late()

def loop_cells():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    print([f() for f in funcs])
    print(len({id(f.__closure__[0]) for f in funcs}))
loop_cells()

def several(a, b):
    c = a + b
    def use():
        return a, b, c
    return use
u = several(1, 2)
print(u.__code__.co_freevars, [c.cell_contents for c in u.__closure__])

def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    def report():
        return sorted(counts.items())
    return hit, report
hit, report = counter_factory()
for w in "a b a c b a".split():
    hit(w)
print(report())

def deep(n):
    def level1():
        def level2():
            def level3():
                return n * 3
            return level3
        return level2
    return level1
print(deep(7)()()())
print(deep(7)()().__qualname__)

x = "global"
def shadow():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(shadow())

def modify_after():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    add(1); add(2)
    items = ["reset"]
    return add(3), items
print(modify_after())

cell = (lambda v: (lambda: v))(5).__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 6
print(cell.cell_contents)
