# with: __exit__ returning true suppresses the exception; exception details passed to __exit__
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        print("not suppressed", et.__name__ if et else None)
        return False
with Suppress(KeyError):
    {}["missing"]
print("after first")
with Suppress(ArithmeticError):
    1 / 0
print("after second")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("caught outside", e)
with Suppress(Exception):
    pass
def f():
    with Suppress(ZeroDivisionError):
        x = 1 / 0
        return "not reached"
    return "after with"
print(f())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError
print("suppressed by truthy int")
class Replacing:
    def __enter__(self):
        pass
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with Replacing():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, "context", repr(e.__context__))
