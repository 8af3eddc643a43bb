# re-raising: bare raise inside handlers (also in nested calls), raise outside a handler,
# sys.exc_info() inside and after handlers, re-raise keeping the original object, raise e
import sys

def handler_calls_reraise():
    try:
        raise ValueError("original")
    except ValueError:
        helper()

def helper():
    raise

try:
    handler_calls_reraise()
except ValueError as e:
    print("re-raised from helper:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())

original = ValueError("same object")
try:
    try:
        raise original
    except ValueError:
        raise
except ValueError as e:
    print(e is original)

def nested_handlers():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    nested_handlers()
except TypeError as e:
    print("bare raise after inner handler re-raises:", e)

def raise_instance_again():
    try:
        raise IndexError("idx")
    except IndexError as e:
        err = e
    raise err
try:
    raise_instance_again()
except IndexError as e:
    print("raised saved instance:", e, e.__context__)

def in_finally():
    try:
        raise ValueError("pending")
    finally:
        print("  exc_info in finally:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    in_finally()
except ValueError:
    pass

try:
    raise ValueError("a")
except ValueError:
    try:
        raise
    except ValueError as e:
        print("caught own re-raise:", e)

class Retry(Exception):
    pass
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise Retry(n)
    return "ok"
result = None
for n in range(5):
    try:
        result = flaky(n)
        break
    except Retry:
        continue
print(result, attempts)

try:
    raise TypeError("x") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise NotImplemented
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
def gen():
    try:
        yield 1
    except KeyError:
        raise
g = gen()
next(g)
try:
    g.throw(KeyError("through gen"))
except KeyError as e:
    print("KeyError:", e)
