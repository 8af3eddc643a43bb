# function objects: __name__, __qualname__, __doc__, __defaults__, __code__, attributes, identity
def documented(a, b=1):
    "This is the docstring."
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__)
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__, outer().__name__)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_varnames)
documented.custom = "attr"
print(documented.custom, hasattr(nodoc, "custom"))
print(callable(documented), type(documented).__name__, type(len).__name__)
f = documented
print(f is documented, f(5), f == documented)
def ann(x: int, y: "str" = "d") -> list:
    return [x, y]
print(ann(1), sorted(ann.__annotations__))
print((lambda: None).__qualname__, C.method.__name__)
print(repr(documented).startswith("<function documented at "), repr(C.method).startswith("<function C.method at "))
print(str(len), repr(print))
