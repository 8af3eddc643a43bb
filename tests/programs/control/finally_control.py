# return/break/continue inside finally override or discard the pending exception/return
def ret_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(ret_overrides_return())
def ret_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(ret_swallows_exception())
def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after break, i=%d" % i
print(break_swallows())
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    finally_raises()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally n =", n)
print(count())
