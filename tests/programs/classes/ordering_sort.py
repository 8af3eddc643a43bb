# __lt__ and friends: sorting objects, min/max, reflected comparisons, stable sorts
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return "%d%s" % (self.rank, self.suit)
cards = [Card(5, "h"), Card(2, "s"), Card(9, "d"), Card(2, "c"), Card(5, "s")]
print(sorted(cards))
print(sorted(cards, reverse=True))
print(min(cards), max(cards))
print(Card(3, "x") > Card(1, "y"), Card(1, "x") > Card(3, "y"))
cards.sort()
print(cards)
try:
    Card(1, "a") <= Card(2, "b")
except TypeError as e:
    print("TypeError:", e)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("10.0"))
print(sorted(vs, key=lambda v: len(v.parts)))
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v > o.v
print(Rev(1) < Rev(2))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
