# exceptions propagate through call frames; handlers in callers; cleanup in each frame
log = []
def level3(x):
    log.append("enter3")
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2
def level2(x):
    log.append("enter2")
    try:
        return level3(x) + 1
    finally:
        log.append("leave2")
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        log.append("caught1")
        return "error: " + str(e)
print(level1(5), log)
log.clear()
print(level1(-3), log)
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise AppError("bad input %r" % s)
def run(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except AppError as e:
            out.append(str(e))
    return out
print(run(["1", "x", "3"]))
def recurse(n):
    if n == 0:
        raise LookupError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except LookupError as e:
    print("from depth:", e)
def gen_raises():
    yield 1
    raise KeyError("in generator")
try:
    for v in gen_raises():
        print("got", v)
except KeyError as e:
    print("KeyError", e)
def callback_user(cb):
    return [cb(i) for i in range(3)]
try:
    callback_user(lambda i: 10 // (i - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError through comprehension and lambda:", e)
