# __repr__, __str__ and __format__: fallbacks between them, use in containers, f-string
# conversions !r !s !a, format specs passed through, and the errors of object.__format__
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __repr__(self):
        return "Both<r>"
    def __str__(self):
        return "Both<s>"

for obj in (OnlyRepr(), Both()):
    print(str(obj), repr(obj), f"{obj}", f"{obj!r}", f"{obj!s}", "%s %r" % (obj, obj))
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
print([Both(), OnlyRepr()], (Both(),), {"k": Both()}, {1: OnlyRepr()})
print("{} {!r} {!s}".format(Both(), Both(), Both()))

class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.amount * 100:.0f} cents"
        if not spec:
            return f"${self.amount:.2f}"
        return "$" + format(self.amount, spec)
    def __str__(self):
        return f"Money({self.amount})"

m = Money(3.5)
print(f"{m}", f"{m:c}", f"{m:>10.3f}", format(m), format(m, ".1f"), "{:08.2f}".format(m), str(m))
w, p = 12, 4
print(f"[{m:>{w}.{p}f}]", f"{m!s:>14}", f"{3.14159:{w}.{p}}")

class Plain:
    pass
print(format(Plain(), "").startswith("<__main__.Plain"))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

class Uni:
    def __repr__(self):
        return "Üñí"
print(ascii(Uni()), f"{Uni()!a}", repr(Uni()), [Uni()])

class Rec:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Rec({self.children})"
r = Rec()
r.children.append(Rec())
print(r)
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
print(f"{'nested'!r:>12}", f"{42!r}", f"{'a' 'b'}", f"{{literal}}", f"{3:{'>'}{5}}")
print(format(5, ""), format("s", ""), format(None), format(True, "d"), format(True))
