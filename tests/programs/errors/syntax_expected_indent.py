# expect: exit 1
# IndentationError: a block header followed by an unindented line
def f():
    for i in range(3):
    print(i)
f()
