# finally: runs on normal exit, on exceptions, on return; ordering of handlers
def f(mode):
    print("start", mode)
    try:
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "returned"
        print("body done")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally", mode)
    return "end"
for m in ("normal", "raise", "return"):
    print("->", f(m))
def g():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", repr(e))
    finally:
        print("outer finally")
g()
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
        finally:
            print("finally in loop", i)
    return i
print(h())
def k():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(k())
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup while propagating")
except ValueError as e:
    print("got", e)
