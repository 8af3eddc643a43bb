print("a: start")
import b
X = "a.X"
def use_b():
    return "a sees " + b.Y
print("a: end, b.Y =", b.Y)
