# heap: 1M
# MemoryError inside nested calls, with try/finally and with-statement cleanup on the way out.
# DESIGN: CPython (the .exp) never runs out of memory here; Dust under 1 MiB does, part way through
# the bounded loop. Every line printed is the same in both cases: finally blocks and __exit__ run
# whether the loop ended normally or by MemoryError, and the count reached is never printed.
log = []
class Tracker:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *exc):
        log.append("exit")
        return False
def grow(store, n):
    for i in range(n):
        store["k%d" % i] = [i, str(i), (i, i)]
def build():
    store = {}
    try:
        with Tracker():
            grow(store, 300000)
    finally:
        log.append("finally")
        store.clear()
    return "built"
try:
    result = build()
except MemoryError:
    result = "built"
print(result, log)
log.clear()
for round_no in range(3):
    chunks = []
    try:
        for i in range(100000):
            chunks.append(bytearray(100))
    except MemoryError:
        pass
    chunks = None
    print("round", round_no, "finished")
print("memory reused:", len([bytearray(100) for _ in range(1000)]))
