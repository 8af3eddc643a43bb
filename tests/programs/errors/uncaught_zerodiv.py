# expect: exit 1
# an uncaught ZeroDivisionError raised two calls deep: output before it is kept, traceback on stderr
def ratio(a, b):
    return a / b
def report(items):
    for a, b in items:
        print(a, b, ratio(a, b))
report([(1, 2), (3, 4), (5, 0), (7, 8)])
print("not reached")
