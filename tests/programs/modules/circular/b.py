print("b: start")
import a
print("b: a is partially initialised, has X:", hasattr(a, "X"))
Y = "b.Y"
def use_a():
    return "b sees " + a.X
print("b: end")
