# expect: exit 1
# an uncaught custom exception with a __str__: the last stderr line is "ClassName: str(exc)"
class GameOver(Exception):
    def __init__(self, score):
        super().__init__(score)
        self.score = score
    def __str__(self):
        return "final score %d" % self.score
def play():
    for turn in range(3):
        print("turn", turn)
    raise GameOver(42)
play()
