"""Module docstring: first statement of the module."""
# __doc__ of modules, functions, classes, methods, lambdas and properties
print(__doc__)

def documented(x):
    """Return x doubled.

    More text here.
    """
    return x * 2

def undocumented():
    return 1

def not_first():
    x = 1
    "not a docstring"
    return x

print(repr(documented.__doc__))
print(undocumented.__doc__, not_first.__doc__)
print((lambda: 0).__doc__)

class Shape:
    """A shape."""
    def area(self):
        """Area of the shape."""
        return 0
    @property
    def name(self):
        """The shape's name."""
        return "shape"
    @staticmethod
    def make():
        """Make one."""
        return Shape()
    @classmethod
    def kind(cls):
        "Kind."
        return cls.__name__

print(Shape.__doc__, Shape.area.__doc__, Shape().area.__doc__)
print(Shape.name.__doc__, Shape.make.__doc__, Shape.kind.__doc__)

class Plain:
    pass
print(Plain.__doc__)

class Derived(Shape):
    pass
print(Derived.__doc__, Derived.area.__doc__)

documented.__doc__ = "changed"
print(documented.__doc__)

def f_bytes():
    b"bytes are not docstrings"
print(f_bytes.__doc__)

def f_fstring():
    f"{1} is not a docstring"
print(f_fstring.__doc__)

p = property(lambda self: 1, doc="explicit doc")
print(p.__doc__)
