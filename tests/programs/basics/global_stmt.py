# global: rebinding module names from functions, reading without declaration, shadowing
counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def create():
    global created
    created = "made inside"
create()
print(created)
def reader():
    return counter * 2
print(reader())
def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1, g2)
def deleter():
    global g1
    del g1
deleter()
print("g1" in globals(), "g2" in globals())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        return x
    return inner()
print(outer())
