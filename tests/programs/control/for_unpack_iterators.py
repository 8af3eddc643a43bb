def f():
    for i, x in enumerate("abc"): print(i, x)
    for i, x in enumerate([1,2], 2**30 - 2): print(i, x)
    d = {'a': 1, 'b': 2}
    for k, v in d.items(): print(k, v)
    for a, b, c in zip([1,2,3], "xyz", (7,8)): print(a, b, c)
    try:
        for a, b in zip([1,2], [3], strict=True): print(a, b)
    except ValueError as e: print(e)
    try:
        for k, v in d.items(): d['c'] = 3
    except RuntimeError as e: print(e)
    try:
        for a, b in zip([1], [2], [3]): pass
    except ValueError as e: print(e)
    def g():
        yield 1; raise KeyError('boom')
    try:
        for i, x in enumerate(g()): print(i, x)
    except KeyError as e: print('KeyError', e)
    for i, (a, b) in enumerate(zip("ab", "cd")): print(i, a, b)
f()
