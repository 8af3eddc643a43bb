# nonlocal: rebinding an enclosing function's variable, several levels, with loops
def accumulate():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    add(1); add(2); add(3)
    return total, items
print(accumulate())
def levels():
    x = "L1"
    def l2():
        def l3():
            nonlocal x
            x = "set by L3"
        l3()
        return x
    r = l2()
    return r, x
print(levels())
def make_pair():
    a = b = 0
    def bump():
        nonlocal a, b
        a, b = a + 1, b + 10
    def read():
        return a, b
    return bump, read
bump, read = make_pair()
bump(); bump()
print(read())
def loop_closure():
    last = None
    def setter(v):
        nonlocal last
        last = v
    for i in range(5):
        setter(i * i)
    return last
print(loop_closure())
def shadowing():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(shadowing())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(10)])
