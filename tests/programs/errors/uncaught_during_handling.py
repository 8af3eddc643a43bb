# expect: exit 1
# an exception raised while handling another: implicit chaining, the last line is the new one
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    print("working")
    {}["missing"]
except KeyError:
    print("handling KeyError")
    cleanup()
