# several managers in one with: entered left to right, exited right to left, partial failures
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k")
print("suppressed by outer")
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("n1"):
    with CM("n2"):
        print("nested")
