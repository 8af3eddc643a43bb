# heap: 1M
# MemoryError from single large allocations. DESIGN: CPython (the .exp) allocates these 10-80 MB
# objects without trouble; Dust under a 1 MiB budget raises MemoryError. The handler prints nothing
# that differs: each step prints the same line whether or not MemoryError was raised.
def attempt(label, make):
    try:
        obj = make()
        del obj
    except MemoryError:
        pass
    print(label, "survived")
attempt("list", lambda: [0] * (10 ** 7))
attempt("str", lambda: "x" * (10 ** 7))
attempt("bytes", lambda: bytes(10 ** 7))
attempt("dict", lambda: {i: i for i in range(10 ** 6)})
attempt("big int", lambda: 7 ** (10 ** 6))
attempt("concat", lambda: [1] * 10 ** 6 + [2] * 10 ** 6)
attempt("join", lambda: ",".join(["abc"] * 10 ** 6))
# afterwards ordinary allocation and exceptions still work
try:
    {}["k"]
except KeyError as e:
    print("KeyError still works:", e)
print(sum(range(1000)), [i * i for i in range(10)], "ok" * 3)
