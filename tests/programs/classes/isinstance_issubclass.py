# isinstance/issubclass: tuples of classes, builtin hierarchy, bool is int, type() comparisons
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(len, object), isinstance(A, type), isinstance(int, type))
print(type(b) is B, type(b) == A, type(True) is bool, type(type) is type, type(A) is type)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(isinstance(b, (list, (int, (A,)))), isinstance(3, ()))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(A).__name__, type(print).__name__)
print(int.__mro__, bool.__mro__, KeyError.__mro__)
