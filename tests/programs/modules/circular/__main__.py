# circular imports behave as CPython's: the second module sees the first one half-initialised
import a
import b
print(a.use_b(), b.use_a())
try:
    import c_from
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])  # the rest names a file path
