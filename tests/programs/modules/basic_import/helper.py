# a plain module: functions, a constant, module-level code that runs once
print("helper: loading, __name__ =", __name__)
GREETING = "hello"
calls = 0
def greet(name):
    global calls
    calls += 1
    return GREETING + ", " + name
