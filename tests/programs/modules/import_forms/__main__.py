# import a.b.c, packages with __init__, relative imports (from . / from .. / from .m import x)
import pkg.sub.deep
print(pkg.VERSION, pkg.double(4), pkg.sub.deep.quad(3), pkg.sub.deep.NAME)
from pkg.sub import deep as d
from pkg import util
print(d is pkg.sub.deep, util.double("ab"), pkg.util is util)
import pkg.sub.helper_mod as hm
print(hm.TAG, hasattr(pkg, "sub"), hasattr(pkg.sub, "helper_mod"))
