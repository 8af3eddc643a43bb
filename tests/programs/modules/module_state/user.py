import counter
from counter import items, count
def use():
    counter.bump()
    return counter.count, items, count
