"""from __future__ import annotations: annotations are stored as strings (unparsed), never evaluated."""
from __future__ import annotations
import typing
x: int = 1
y: dict[str, list[int | None]]
z: typing.Callable[[int, str], tuple[int, ...]] = None
w: 'quoted' = 2
v: a.b[1:2, ::3] | -c ** d
u: lambda q, *r, s=1, **t: (q, r)
class C:
    a: C
    b: list[C] = []
    c: (1, 2)
    d: {1: 2, **e}
    e: [i for i in range(3) if i]
    f: f'{x!r:>{w}}'
    g: x if y else z
    h: not a and b or c
    i: a < b <= c is not d
def f(a: int, /, b: str = 'x', *c: float, d: list[int], e: 1 + 2 * 3, **g: dict) -> Sequence[int]:
    k: int = 1
    return k
def g():
    n = 1
    def h(p: n) -> n:
        pass
    return h
def pep646(*args: *Ts): pass
