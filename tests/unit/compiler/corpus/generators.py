"""Generators: yield, yield from, yield as expression, generator lambdas."""
def gen():
    yield 1
    yield
    x = yield 2
    y = yield from other()
    yield x, y
def gen_loop(n):
    for i in range(n):
        yield i
    return n
def gen_try():
    try:
        yield 1
    finally:
        cleanup()
def gen_with(m):
    with m:
        yield from m
def delegate(it):
    result = yield from it
    return result
genlam = lambda: (yield)
def gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
