# comparison chains: evaluation order, single evaluation of middle operands, mixed operators
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1, 1 <= 1 >= 1, 1 != 2 != 1)
x = 5
print(0 < x <= 10, 0 < x < 5, x in [5] in [[5]], x is x is not None)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(None is None, None is not None, [] == [], [] is not [], not 1 == 2)
print((1, 2) == (1, 2), [1, [2]] == [1, [2]], {"a": 1} == {"a": 1}, {1: 2} != {1: 3})
for op in ("<", ">"):
    try:
        if op == "<":
            print(1 < "a")
        else:
            print([] > ())
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", "1" != 1, None == 0, [] == ())
