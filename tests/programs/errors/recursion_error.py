# RecursionError: unbounded recursion is caught, the program goes on, and recursion works again
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
depth = 0
def probe():
    global depth
    depth += 1
    probe()
try:
    probe()
except RecursionError:
    print("probe depth is near the limit:", 900 < depth <= sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
class Node:
    def __init__(self):
        self.next = self
    def __repr__(self):
        return "Node(" + repr(self.next) + ")"
try:
    repr(Node())
except RecursionError:
    print("recursive __repr__ raised RecursionError")
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
for attempt in range(3):
    try:
        a(0)
    except RecursionError:
        print("mutual recursion caught, attempt", attempt)
def with_finally(n, log):
    try:
        return with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append("outermost finally ran")
log = []
try:
    with_finally(0, log)
except RecursionError:
    print(log)
print("done")
