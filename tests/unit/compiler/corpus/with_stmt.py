"""with: one and several managers, as-targets, returns/breaks inside."""
def one(m):
    with m:
        pass
def named(m):
    with m as x:
        return x
def several(a, b):
    with a as x, b as (y, z):
        use(x, y, z)
def nested_with(a, b):
    with a:
        with b:
            pass
def loop_with(ms):
    for m in ms:
        with m:
            if m:
                break
            continue
def with_try(m):
    with m:
        try:
            a()
        except E:
            pass
with open('f') as fh:
    data = fh.read()
