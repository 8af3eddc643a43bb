def f():
    s = ''
    for i in range(10): s += 'ab'
    t = s
    s += 'é'
    print(s, t, len(s), hash(s) == hash('ab'*10+'é'))
    s += '\u20ac'
    print(s, len(s))
    u = 'x'
    u += 'y'; u += 'z'
    print(u, u == 'xyz', {u: 1}['xyz'])
    x = 3; y = 2
    print(x / y, 7 / 7, -1 / 3, 1.5 * 2, 2 * 1.5, 10 / 4.0, 3 - 0.5, 2 ** 0.5)
    try: print(1 / 0)
    except ZeroDivisionError as e: print(e)
    try: print(1.0 / 0)
    except ZeroDivisionError as e: print(e)
    a = 2**40; b = 2**35
    print(a + b, a - b, a * 3, 3 * a, (2**31) * (2**30), -a + 5, a + (-a))
    print((2**62 - 1) + 1, 2**62 + 2**62, -(2**62) - 1, 2**31 * 2**31)
f()
