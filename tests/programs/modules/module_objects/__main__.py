# module objects: import x as y, from x import y as z, from pkg import submodule as alias,
# __name__ and __file__ of modules, each module's own globals, attributes set from outside,
# module __getattr__ (PEP 562), dir() of a module, reloading by sys.modules lookups
import sys
import geometry as geo
from geometry import area as area_fn, PI as pi_value
from tools import text as txt
import tools.numbers
from tools.numbers import clamp as c

print(__name__, geo.__name__, txt.__name__, tools.numbers.__name__, tools.__name__)
print(type(geo).__name__, geo.__file__.replace("\\", "/").rsplit("/", 1)[-1], tools.__file__.replace("\\", "/").rsplit("/", 2)[-2:])
print(area_fn(2), pi_value, geo.area is area_fn, c(15, 0, 10), txt.shout("hi"))
print(sorted(n for n in dir(geo) if not n.startswith("_")))
print(geo.counter, geo.bump(), geo.bump(), geo.counter)
geo.counter = 100
print(geo.bump(), geo.read_counter())
geo.new_attr = "set from main"
print(geo.describe())
print(geo.lazy_thing, geo.lazy_other)
try:
    geo.missing_value
except AttributeError as e:
    print("AttributeError:", e)
print(sys.modules["geometry"] is geo, "tools.text" in sys.modules, sys.modules["tools"].text is txt)
print(txt.uses_module_global(), txt.PREFIX)
txt.PREFIX = ">> "
print(txt.uses_module_global())
import geometry
print(geometry is geo, geometry.loads)
PI = "main's own PI"
print(PI, geo.PI)
print(hasattr(tools, "numbers"), hasattr(tools, "text"), tools.VERSION)
print(repr(geo).startswith("<module 'geometry' from"), isinstance(geo, type(sys)))
