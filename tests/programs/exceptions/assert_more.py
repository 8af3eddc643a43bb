# assert: messages of any type, evaluated only on failure, AssertionError args, asserts in
# functions and loops, the tuple pitfall avoided by parenthesising the condition only
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    assert v >= 0, ("negative", v)
    assert v != 13
    return v

for v in (1, "x", -5, 13):
    try:
        print("ok", check(v))
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args, "| repr:", repr(e))

calls = []
def message():
    calls.append("evaluated")
    return "msg"
assert True, message()
print(calls)
try:
    assert False, message()
except AssertionError as e:
    print(calls, e)

try:
    assert [], "empty list is false"
except AssertionError as e:
    print("AssertionError:", e)
assert [0], "non-empty list is true"
try:
    assert 0, None
except AssertionError as e:
    print("None message:", e.args)
try:
    assert 1 == 2, 42
except AssertionError as e:
    print("int message:", e.args, str(e))

class Custom:
    def __str__(self):
        return "custom message object"
try:
    assert False, Custom()
except AssertionError as e:
    print(e, type(e.args[0]).__name__)

def validate(items):
    for i, item in enumerate(items):
        assert item, f"item {i} is falsy: {item!r}"
    return len(items)
try:
    validate([1, "a", "", 3])
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert (1, 2)[0] == 2, "tuple element check"
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(AssertionError, Exception), AssertionError.__name__)
