# an uncaught exception ends the program; what it left in globals is still finalized afterwards
class Guard:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

guard = Guard("outer")
def work():
    local = Guard("local")
    raise RuntimeError("work failed")
print("starting")
work()
print("never reached")
