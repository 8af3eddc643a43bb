class World:
    """Entities are ints; components live in one dict per component type."""
    __slots__ = ("next_id", "stores", "alive")

    def __init__(self):
        self.next_id = 0
        self.stores = {}
        self.alive = set()

    def spawn(self):
        e = self.next_id
        self.next_id += 1
        self.alive.add(e)
        return e

    def add(self, e, comp):
        self.stores.setdefault(type(comp), {})[e] = comp

    def get(self, e, ctype):
        return self.stores.get(ctype, {}).get(e)

    def query(self, *ctypes):
        first = self.stores.get(ctypes[0], {})
        for e, c in list(first.items()):
            rest = [self.stores.get(t, {}).get(e) for t in ctypes[1:]]
            if all(r is not None for r in rest):
                yield (e, c, *rest)

    def kill(self, e):
        self.alive.discard(e)
        for store in self.stores.values():
            store.pop(e, None)

    def count(self, ctype=None):
        if ctype is None:
            return len(self.alive)
        return len(self.stores.get(ctype, {}))
