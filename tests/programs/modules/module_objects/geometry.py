PI = 3.14159
counter = 0
loads = 1

def area(r):
    return round(PI * r * r, 3)

def bump():
    global counter
    counter += 1
    return counter

def read_counter():
    return counter

def describe():
    return f"{__name__}: new_attr={globals().get('new_attr')!r}"

def __getattr__(name):
    if name.startswith("lazy_"):
        return f"computed {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
