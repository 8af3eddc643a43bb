# if/elif/else: truthiness of every builtin kind, nesting, single-line bodies
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
for v in (0, 1, -1, 0.0, 0.5, "", "x", [], [0], (), (None,), {}, {"k": 0}, None, True, False, range(0), set()):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5: print("one-line if")
if x > 100: print("no")
else: print("one-line else")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
if not x:
    pass
elif x and x > 3:
    print("elif taken")
if 0:
    print("never")
