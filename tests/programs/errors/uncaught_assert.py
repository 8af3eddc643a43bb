# expect: exit 1
# an uncaught AssertionError with a message
def check(v):
    assert v >= 0, "value must be non-negative, got %d" % v
    return v
print(check(3))
print(check(-4))
