# str.format: fields, numbering, attributes, indexes, conversions, nested specs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)

class F:
    def __format__(self, spec):
        return "F[" + spec + "]"

class BadF:
    def __format__(self, spec):
        return 42

p = P(1, [10, 20, 30])
t(lambda: "{} {} {}".format(1, "a", 2.5))
t(lambda: "{0} {1} {0}".format("x", "y"))
t(lambda: "{a} and {b}".format(a=1, b="two"))
t(lambda: "{0.x} {0.y[1]} {0.y[2]}".format(p))
t(lambda: "{p.y}".format(p=p))
t(lambda: "{0[a]} {0[b]}".format({"a": 1, "b": 2}))
t(lambda: "{0[0]}{0[1]}".format("xy"))
t(lambda: "{0!r} {0!s} {0!a}".format("\u00e9t\u00e9"))
t(lambda: "{!r}".format(p))
t(lambda: "{}".format(p))
t(lambda: "{{}} {{{}}}".format(5))
t(lambda: "{:>10}|{:<10}|{:^10}".format("r", "l", "c"))
t(lambda: "{:*^11}".format("mid"))
t(lambda: "{:{w}}|".format("x", w=5))
t(lambda: "{:{}{}}|".format("x", ">", 4))
t(lambda: "{0:{1}}".format(3.14159, ".3"))
t(lambda: "{:d} {:5d} {:<5d}| {:05d} {:+d} {: d}".format(1, 2, 3, 4, 5, 6))
t(lambda: "{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
t(lambda: "{:,} {:_} {:,d}".format(1234567, 1234567, -9876543))
t(lambda: "{:.2f} {:e} {:g} {:%} {:.1%}".format(3.14159, 12345.678, 0.0001, 0.25, 0.125))
t(lambda: "{:10.3f}|{:<10.2e}|".format(2.5, 1234.5))
t(lambda: "{:s}".format("str"))
t(lambda: "{:.2}".format("abcdef"))
t(lambda: "{}".format(F()))
t(lambda: "{:abc}".format(F()))
t(lambda: "{!s:>5}".format(12))
t(lambda: "{}".format(True))
t(lambda: "{:d}".format(True))
t(lambda: "{}".format(None))
t(lambda: "{:>6}".format(None))
t(lambda: "{}".format(BadF()))
t(lambda: "{}".format())
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{1}".format(1))
t(lambda: "{x}".format(y=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0".format(1))
t(lambda: "{!}".format(1))
t(lambda: "{!x}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[x]}".format({}))
t(lambda: "{:d}".format("s"))
t(lambda: "{:x}".format(1.5))
t(lambda: "{0[}".format(1))
t(lambda: "{0]}".format(1))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{0:}".format("empty spec"))
t(lambda: "{0!r:^12}".format("ab"))
t(lambda: "{0[-1]}".format({"-1": "neg"}))
t(lambda: "{0[1]}".format({1: "int key"}))
t(lambda: "{:=+8d}|{:=8}".format(42, -7))
t(lambda: format(123, "08,d"))
t(lambda: format("x", ""))
t(lambda: format(P(1, 2), ""))
t(lambda: format(P(1, 2), "s"))
t(lambda: "{}{}{}".format("\u20ac", "\U0001f600", "x"))

class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"

t(lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
mm = Missing()
mm["a"] = 1
t(lambda: "{a}-{b}".format_map(mm))
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a.x:>4}|{a.y[1]}".format_map({"a": P(5, "xy")}))
t(lambda: "x".format_map())
t(lambda: "{a}".format_map(5))
