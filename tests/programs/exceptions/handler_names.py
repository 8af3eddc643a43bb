# except clauses: tuples of types, `as` binding, the name deleted after the handler (even if it
# was bound before), matching order and base classes, handlers in functions
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"

for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()):
    print(classify(exc))

e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def local_cleared():
    err = 1
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"
print(local_cleared())

def keep_it():
    try:
        raise ValueError("kept")
    except ValueError as e:
        saved = e
    return saved
print(repr(keep_it()), keep_it().args)

errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("tuple in a variable:", type(e).__name__)

try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except LookupError as e:
    print("outer caught", repr(e))

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

nested_types = ((KeyError, (IndexError,)),)
try:
    try:
        raise IndexError("deep")
    except nested_types[0][1] as e:
        print("nested tuple ok", e)
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 42) as e:
        print("first match wins:", e)
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    try:
        if i == 1:
            continue
        raise RuntimeError(i)
    except RuntimeError as r:
        print("loop handler", r)
print([n for n in dir() if n in ("e", "r", "err", "u")])

class Base(Exception):
    pass
class Child(Base):
    pass
try:
    raise Child("c")
except Base as b:
    print("base catches child:", type(b).__name__, isinstance(b, Child))
try:
    raise Base("b")
except Child:
    print("no")
except Base:
    print("child handler skipped")
