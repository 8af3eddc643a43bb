# import, import as, from-import as; a module runs once, its globals are its own
import helper
import helper as h
from helper import greet as g, GREETING
print(helper.greet("a"), h.greet("b"), g("c"))
print(helper is h, helper.calls, GREETING, helper.__name__, __name__)
GREETING = "changed in main"
print(helper.GREETING, GREETING)
import helper
print(helper.calls, type(helper).__name__, sorted(k for k in vars(helper) if not k.startswith("__")))
