# expect: exit 1
# an uncaught NameError for a name used inside a function that nothing defines (no close match,
# so CPython adds no "Did you mean" hint)
total = 10
def show():
    print("total", total)
    print("missing", undefined_counter_value)
show()
