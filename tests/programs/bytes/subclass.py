# subclasses of bytes and bytearray: attributes, methods, repr, hashing
class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b"hello")
b.tag = "t"
print(b, b.tag, len(b), b.upper(), type(b.upper()).__name__, b == b"hello", hash(b) == hash(b"hello"))
a = BA(b"xy")
a.tag = 5
a.append(33)
print(a, a.tag, type(a).__name__)
s = [B(b"x" * i) for i in range(20)]
print([len(x) for x in s])
del s, b, a
print("ok")
