# a class's __dict__ is a read-only mappingproxy over the live namespace
class Point:
    dims = 2
ns = Point.__dict__
print(type(ns).__name__, ns["dims"])
try:
    ns["new"] = 1
except TypeError as e:
    print("TypeError:", e)
Point.added = 1
print("added" in ns)
