class Position:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Velocity:
    __slots__ = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy

class Health:
    __slots__ = ("hp",)
    def __init__(self, hp):
        self.hp = hp
