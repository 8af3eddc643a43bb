# del of every target kind: names, attributes, subscripts, slices, tuples of targets
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
class Obj:
    cls_attr = 5
o = Obj()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.zz
except AttributeError as e:
    print("AttributeError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
L = [0, 1, 2, 3, 4, 5]
del L[0]
del L[-1]
print(L)
del L[1:3]
print(L)
p, q, r = 1, 2, 3
del p, q
print(r, "p" in globals(), "q" in globals())
L2 = [[1, 2], [3, 4]]
del L2[0][1], L2[1]
print(L2)
def f():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
try:
    del L[100]
except IndexError as e:
    print("IndexError:", e)
[a, b] = 1, 2
del [a, b]
print("a" in globals())
