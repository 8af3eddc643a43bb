# generator.send: priming with next() or send(None), values sent in become yield's result, the
# error for a non-None first send, send after the end, and a running average coroutine
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    g.send("late")
except StopIteration as e:
    print("again:", e.value, e.args)

g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))

def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 5)])

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
for v in range(5):
    acc.send(v)
try:
    next(acc)
except StopIteration as e:
    print("final", e.value)

def two_way():
    x = yield "first"
    print("got", x)
    y = yield x * 2
    print("got", y)
    z = yield x + y
    print("got", z)
t = two_way()
print(t.send(None), t.send(3), t.send(4))
try:
    t.send(5)
except StopIteration:
    print("two_way done")

def gen_expr_send():
    return (x for x in range(3))
ge = gen_expr_send()
print(next(ge), ge.send(None), ge.send("ignored"))
try:
    next(ge)
except StopIteration as e:
    print("genexp done", e.value)

def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "resume":
            state = "running"
        elif event == "stop":
            state = "stopped"
            yield state
            return
sm = state_machine()
print(next(sm), [sm.send(e) for e in ["start", "pause", "bogus", "resume", "stop"]])
print(list(sm))
