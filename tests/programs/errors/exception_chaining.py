# __cause__, __context__, __suppress_context__ as set by raise, raise from, raise from None
def catch(f):
    try:
        f()
    except Exception as e:
        return e
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
for f in (explicit, implicit, suppressed):
    e = catch(f)
    print(f.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = catch(lambda: (_ for _ in ()).throw(KeyError("k")))
print(repr(e), e.__context__)
def nested():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise TypeError("c")
e = catch(nested)
print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError as k:
        raise k
e = catch(reraise)
print(repr(e), e.__context__)
err = RuntimeError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print("TypeError:", t)
print(catch(lambda: exec_missing()).__class__.__name__)
