from . import square
from .circle import NAME

def describe():
    return "shapes: " + NAME + " and " + square.NAME
