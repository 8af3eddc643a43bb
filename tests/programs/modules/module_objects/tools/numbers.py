from . import text

def clamp(v, lo, hi):
    return max(lo, min(hi, v))

TEXT_NAME = text.__name__
