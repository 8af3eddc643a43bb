"""try/except/else/finally, raise, raise from, bare raise, break/continue/return inside try and finally."""
def simple():
    try:
        a()
    except:
        b()
def typed():
    try:
        a()
    except ValueError:
        b()
    except (TypeError, KeyError) as e:
        c(e)
    except Exception as e:
        raise RuntimeError('x') from e
    else:
        d()
def fin():
    try:
        a()
    finally:
        b()
def full():
    try:
        a()
    except E:
        b()
    else:
        c()
    finally:
        d()
def reraise():
    try:
        a()
    except E:
        raise
def ret_in_try():
    try:
        return a()
    finally:
        b()
def ret_in_except():
    try:
        a()
    except E as e:
        return e
def loop_try(xs):
    for x in xs:
        try:
            if x:
                continue
            if not x:
                break
        finally:
            done()
    while xs:
        try:
            xs.pop()
        except IndexError:
            break
def ret_in_finally():
    try:
        a()
    finally:
        return 1
def nested():
    try:
        try:
            a()
        except E:
            b()
    except F:
        c()
def raises():
    raise
def raises2():
    raise ValueError
def raises3():
    raise ValueError('m') from None
def handler_name_reuse():
    e = 1
    try:
        pass
    except E as e:
        pass
    return 0
