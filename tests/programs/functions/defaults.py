# default arguments: evaluated once at def time, mutable default shared, None idiom, __defaults__
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def uses_n(v=n):
    return v
n = 20
print(uses_n(), uses_n(5))
print(greet.__defaults__, uses_n.__defaults__, safe_append.__defaults__)
def no_defaults(a, b):
    return a + b
print(no_defaults.__defaults__)
def kwdef(a, *, b=2, c):
    return a, b, c
print(kwdef(1, c=3), kwdef.__kwdefaults__)
def counter(start=0, step=1, _state={"n": None}):
    if _state["n"] is None:
        _state["n"] = start
    _state["n"] += step
    return _state["n"]
print(counter(), counter(), counter(step=10))
def expr_default(a=1 + 2, b=[i * i for i in range(3)], c=(lambda: "lam")()):
    return a, b, c
print(expr_default())
