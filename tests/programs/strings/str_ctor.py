# str() constructor and basic str behaviour used by methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S:
    def __str__(self):
        return "custom"

class Bad:
    def __str__(self):
        return 5

class MyStr(str):
    pass

t(lambda: str())
t(lambda: str(42))
t(lambda: str(-1.5))
t(lambda: str(None))
t(lambda: str(True))
t(lambda: str([1, "a"]))
t(lambda: str((1,)))
t(lambda: str(S()))
t(lambda: str(Bad()))
t(lambda: str(object="kw"))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
t(lambda: str(MyStr("sub")))
t(lambda: type(str(MyStr("sub"))).__name__)
t(lambda: MyStr("abc").upper())
t(lambda: type(MyStr("abc").upper()).__name__)
t(lambda: MyStr("a,b").split(","))
t(lambda: type(MyStr("ab").strip()).__name__)
t(lambda: "abc" * 2)
t(lambda: "abc"[1:])
t(lambda: len("\U0001f600\u20acx"))
t(lambda: "a" < "b" < "ba")
t(lambda: "abc".__len__())
t(lambda: "x".join(MyStr("ab")))
t(lambda: str.upper("abc"))
t(lambda: str.upper(1))
t(lambda: str.join(",", ["a"]))
