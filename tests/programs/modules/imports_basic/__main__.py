# A program of several modules: plain imports, aliases, from-imports, a package with relative imports.
import util
import util as u2
from util import double, Counter as C
import shapes
from shapes import square
from shapes.circle import area as circle_area
import shapes.circle

print(util.double(4), u2 is util, double(5))
c = C()
c.bump(); c.bump()
print(c.n, util.__name__, shapes.__name__, square.__name__)
print(square.area(3), circle_area(1) > 3.14, shapes.circle.NAME)
print(shapes.describe())
print(sorted(k for k in dir(util) if not k.startswith('_')))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from util import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
