PREFIX = "* "

def shout(s):
    return s.upper() + "!"

def uses_module_global():
    return PREFIX + "text"
