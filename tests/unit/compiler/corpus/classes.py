"""Classes: bases, keywords, metaclass, methods, super(), __class__, decorators, private names, annotations."""
class Empty:
    pass
class Doc:
    """Class docstring."""
class Base(object):
    attr = 1
    def method(self):
        return self.attr
class Child(Base, metaclass=Meta, flag=True):
    x: int = 1
    y: str
    def method(self):
        return super().method() + 1
    def cls(self):
        return __class__
    @staticmethod
    def static():
        return 0
    @property
    def prop(self):
        return self._p
class Private:
    __secret = 1
    def get(self):
        return self.__secret + self.__other()
    def __other(self):
        __local = 2
        return __local
@decorate
class Decorated(*bases, **kw):
    pass
def factory(x):
    class Inner:
        y = x
        def m(self):
            return x
    return Inner
class Outer:
    class Nested:
        def m(self):
            return 1
    z = [i for i in range(3)]
class Classvar:
    v = 1
    def f(self):
        return v
