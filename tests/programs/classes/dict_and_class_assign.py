class A: pass
class B: pass
class S: __slots__=('a',)
class T(S): pass
class U(S): __slots__ = ()
a=A(); a.x=1
del a.__dict__; print(a.__dict__)
try: a.__dict__=5
except TypeError as e: print(e)
try: a.__class__=5
except TypeError as e: print(e)
try: a.__class__=S
except TypeError as e: print(e)
try: (1).__class__=bool
except TypeError as e: print(e)
try: S().__class__=A
except TypeError as e: print(e)
s=S(); s.a = 4; s.__class__=U; print(type(s).__name__, s.a)
try: s.__class__=T
except TypeError as e: print(e)
try: del a.__class__
except TypeError as e: print(e)
class D(dict): pass
d=D(); d.__dict__={'k':1}; print(d.k)
a.__class__ = B; print(type(a).__name__, isinstance(a, B))

class A:
    def __init__(self, x): self.x = x; self.y = 2
class B(A): pass
def f():
    objs = [A(1), A(2), B(3)]
    for o in objs:
        o.z = o.x + 1
        print(o.x, o.y, o.z, sorted(o.__dict__))
    a = objs[0]
    for i in range(3):
        a.__dict__ = {'q': i}
        print(a.__dict__, hasattr(a, 'x'))
    a.__class__ = B
    print(type(a).__name__, a.q)
    class P:
        @property
        def v(self): return 1
        @v.setter
        def v(self, val): print('set', val)
    p = P()
    for i in range(2): p.v = i
    p.__dict__['v'] = 9
    p.v = 5
    print(p.v, p.__dict__)
    class S:
        __slots__ = ('a',)
    s = S()
    for i in range(2): s.a = i
    print(s.a)
f()
