# try/except/else: matching by class and by tuple, 'as' binding cleared after the handler, bare raise
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    return "ok"
for kind in ("zero", "key", "index", "type", "value", "none"):
    try:
        r = risky(kind)
    except ZeroDivisionError as e:
        print(kind, "ZeroDivisionError", e)
    except (KeyError, IndexError) as e:
        print(kind, "lookup", type(e).__name__, e)
    except ArithmeticError:
        print("never: subclass handled above")
    except Exception as e:
        print(kind, "Exception", type(e).__name__, e)
    else:
        print(kind, "else", r)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, re-raise")
        raise
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)
try:
    raise IndexError("a", 2)
except LookupError as e:
    print(e.args, str(e))
def f():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f())
try:
    pass
except Exception:
    print("never")
else:
    print("else runs when nothing raised")
try:
    try:
        1 / 0
    except KeyError:
        print("wrong handler")
except ZeroDivisionError:
    print("propagated past unmatched handler")
