NAME = "square"
def area(s):
    return s * s
