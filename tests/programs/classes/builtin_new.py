# T.__new__ of builtin types: subtype checks, 'not safe' object.__new__, mutable containers ignoring arguments
class M(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
print(M(4), type(M(4)).__name__)
for f in (lambda: int.__new__(str, 1), lambda: object.__new__(M), lambda: int.__new__(5), lambda: tuple.__new__(M),
          lambda: list.__new__(list, [1, 2]), lambda: str.__new__(str, 12), lambda: float.__new__(float, "2.5"),
          lambda: dict.__new__(dict), lambda: object.__new__(ValueError), lambda: BaseException.__new__(KeyError, "k")):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
class L(list):
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.tag = "t"
        return inst
l = L([1, 2])
print(l, l.tag)
print(str.maketrans("a", "b"), bytes.maketrans(b"a", b"b")[97])
