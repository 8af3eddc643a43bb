# generator send/throw/close: values sent in, exceptions thrown in and handled, GeneratorExit
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "handled " + str(e)
g = echo()
print(g.send(None))
print(g.send(1), g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
try:
    g.send(4)
except StopIteration:
    print("closed generator raises StopIteration")
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
c.close()
print("closed twice fine")
def not_started():
    yield 1
n = not_started()
try:
    n.send(5)
except TypeError as e:
    print("TypeError:", e)
def throw_unhandled():
    yield 1
t = throw_unhandled()
next(t)
try:
    t.throw(KeyError("kk"))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
