"""Annotated assignments at module, class and function level."""
x: int
y: int = 1
z.attr: int = 2
w[0]: str
(p): int = 3
class C:
    a: int
    b: str = 'b'
    c.d: list
def f():
    v: int = 1
    u: str
    t.x: int
    return v
if cond:
    q: float = 1.0
