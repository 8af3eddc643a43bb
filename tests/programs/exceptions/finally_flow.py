# finally: runs on return, break, continue and exceptions; return in finally overrides and
# swallows; continue/break in finally (3.8+); else clauses; nested try statements
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())

def loop_continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(loop_continue_in_finally())

def break_in_finally():
    while True:
        try:
            raise ValueError("discarded")
        finally:
            break
    return "broke out"
print(break_in_finally())

def else_clause(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(else_clause(False), else_clause(True))

def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally before else's return")
print(else_return())

def exception_in_else():
    try:
        try:
            pass
        except ValueError:
            print("not here")
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"caught {e}"
print(exception_in_else())

def nested():
    log = []
    try:
        try:
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested())

def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    finally_raises()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

def counter():
    n = 0
    for i in range(10):
        try:
            if i % 3 == 0:
                continue
            if i == 8:
                return n
            n += i
        finally:
            n += 100
    return n
print(counter())

def gen_finally():
    try:
        yield 1
        return
    finally:
        print("  gen finally")
print(list(gen_finally()))

def while_else():
    i = 0
    while i < 3:
        try:
            i += 1
        finally:
            pass
    else:
        return "while else ran"
print(while_else())
