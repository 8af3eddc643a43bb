# expect: exit 1
# an uncaught AttributeError on an instance of a user class
class Player:
    def __init__(self, name):
        self.name = name
p = Player("ann")
print(p.name)
print(p.score)
