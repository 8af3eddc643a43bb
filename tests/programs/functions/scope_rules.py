# name resolution: LEGB order, class bodies are not enclosing scopes for methods, builtins shadowing
x = "global"
def local_first():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
def global_read():
    return x
print(local_first(), enclosing(), global_read())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
class C:
    y = "class y"
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
    def method2(self):
        return self.y + " via self"
print(C().method(), C().method2())
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
add = make()
print(add("a"), add("b"))
def conditional_local(flag):
    if flag:
        v = "assigned"
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(conditional_local(True), conditional_local(False))
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
print = print
def uses_print():
    print("builtin still reachable")
uses_print()
