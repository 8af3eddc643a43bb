# __format__ with format(), f-strings and str.format; default object __format__ rejects specs
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return str(self.cents // 100)
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")
    def __str__(self):
        return "Money"
m = Money(1234)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", "{0} {0:short}".format(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>8}|")
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
class Delegate:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return format(self.v, spec)
print(f"{Delegate(3.14159):.2f}", f"{Delegate(42):>5}|", format(Delegate("s"), "^5") + "|")
