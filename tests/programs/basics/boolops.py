# and/or/not: return operand values, short-circuit evaluation
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" and 1, [] or {})
print(not 0, not 1, not "", not "a", not [], not None, not not 5)
print(t(0) and t(1))
print(t(1) and t(0))
print(t(1) or t(2))
print(t(0) or t(None) or t(3))
print(t("") or t(0) and t(9))
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 0, 0 or "" or [] or 4)
print(not 1 == 2, not (1 and 0), (not 1) == False)
x = [] or [1, 2]
y = x and x[0]
print(x, y)
print(bool(0.0), bool(-0.0), bool(0.1), bool(()), bool((0,)), bool(range(0)), bool(range(1)))
print(True and "yes", False or "no", True + (1 or 2))
