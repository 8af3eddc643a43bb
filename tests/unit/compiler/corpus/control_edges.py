"""Control flow edge cases: return/break/continue inside finally, with and except; nested handlers."""
def break_in_finally(xs):
    for x in xs:
        try:
            pass
        finally:
            break
    return x
def continue_in_finally(xs):
    for x in xs:
        try:
            f(x)
        finally:
            if x:
                continue
            g()
def return_in_finally_value(x):
    try:
        return x
    finally:
        return None
def break_in_with(ms):
    while True:
        with ms as m:
            if m:
                break
            return m
def continue_in_except(xs):
    for x in xs:
        try:
            f(x)
        except E as e:
            continue
        except:
            break
        else:
            return x
def return_in_except_finally(x):
    try:
        try:
            return f(x)
        except E:
            return g(x)
        finally:
            h()
    except F:
        pass
def loop_in_finally(xs):
    try:
        f()
    finally:
        for x in xs:
            if x:
                break
def with_in_loop_try(ms):
    for m in ms:
        try:
            with m as x, m as y:
                continue
        finally:
            done()
def generator_finally():
    try:
        yield 1
        return 2
    finally:
        yield 3
def raise_in_handler():
    try:
        f()
    except E as e:
        raise F from e
    except G:
        raise
def deep_nesting(a):
    while a:
        for b in a:
            with b:
                try:
                    if b:
                        continue
                    elif a:
                        break
                    else:
                        return b
                except E:
                    a = None
                finally:
                    a = a and a[1:]
    else:
        return 0
