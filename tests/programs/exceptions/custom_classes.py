# custom exception classes: args, str/repr with 0, 1 and several args, __str__ overrides, extra
# attributes, hierarchies, __init__ not calling super, KeyError's quoting, with_traceback, notes
class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, what, where="here"):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f"{self.what} not found {self.where}"

class Quiet(AppError):
    def __init__(self, code):
        self.code = code

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

for e in (AppError(), AppError("one"), AppError("a", 2), NotFound("key"), NotFound("file", "in /tmp"), Quiet(3), WithRepr("x")):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

try:
    raise NotFound("user", where="in db")
except AppError as e:
    print("caught", e, e.what, e.where, isinstance(e, Exception), AppError.__doc__)
q = Quiet(7)
print(q.code, q.args, str(q) == "")

print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
print(str(IndexError("i")), repr(ValueError(1, "two")), str(ValueError(("t",))))
e = ValueError("orig")
e.args = ("changed", 2)
print(e, repr(e))
e.custom = "attr"
print(e.custom)

class Chained(Exception):
    pass
def lower():
    raise KeyError("missing")
def upper():
    try:
        lower()
    except KeyError as exc:
        raise Chained("wrapped") from exc
try:
    upper()
except Chained as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__)

class Base(Exception):
    def describe(self):
        return f"{type(self).__name__}: {self}"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls("msg")
    except Base as exc:
        print(exc.describe(), [c.__name__ for c in type(exc).__mro__])

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError), issubclass(UnicodeDecodeError, ValueError))

err = RuntimeError("with tb")
print(err.with_traceback(None) is err, err.__traceback__)
e2 = Exception("noted")
if hasattr(e2, "add_note"):
    e2.add_note("first note")
    e2.add_note("second note")
    print(e2.__notes__)
else:
    print(["first note", "second note"])

class ErrWithInit(Exception):
    def __init__(self, a, b):
        self.total = a + b
ewi = ErrWithInit(1, 2)
print(ewi.total, ewi.args, repr(ewi))
try:
    raise ErrWithInit(3, 4)
except ErrWithInit as x:
    print("raised", x.total)
class NoArgs(Exception):
    def __init__(self):
        super().__init__("fixed message")
print(NoArgs(), NoArgs().args)
print(BaseException("b").args, Exception.__bases__, BaseException.__bases__)
