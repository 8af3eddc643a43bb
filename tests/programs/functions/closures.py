# closures: capturing cells, late binding in loops, default-argument capture, __closure__
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(1), make_adder(-1)(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer():
    x = "before"
    def get():
        return x
    x = "after"
    return get
print(outer()())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
print(a5.__closure__[0].cell_contents, len(a5.__closure__), make_adder.__closure__)
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()())
def shared():
    v = [0]
    def get():
        return v[0]
    def put(x):
        v[0] = x
    return get, put
get, put = shared()
put(42)
print(get())
def capture_param(p):
    return lambda: p * 2
print(capture_param("ab")())
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
