# assert: passes silently, fails with AssertionError carrying the message expression
assert True
assert 1 == 1, "never shown"
def check(x):
    try:
        assert x > 0, "x must be positive, got %d" % x
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)
print(check(5), check(-2))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["msg", 1]
except AssertionError as e:
    print(e.args, str(e))
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert 1, msg()
print("message evaluated:", len(calls))
try:
    assert 0, msg()
except AssertionError as e:
    print(e, len(calls))
try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)
