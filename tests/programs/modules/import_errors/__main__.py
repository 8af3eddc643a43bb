# ModuleNotFoundError and ImportError: missing modules, missing names, caught and printed
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from present import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])  # the rest names a file path
try:
    import present.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).split(" (")[0])  # the rest names a file path
print(issubclass(ModuleNotFoundError, ImportError))
from present import value
print(value)
