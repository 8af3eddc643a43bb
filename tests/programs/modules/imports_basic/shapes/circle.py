from .square import NAME as _sq
NAME = "circle"
def area(r):
    return 3.14159 * r * r
