# Automatic collection: with a low threshold, cycles are found without gc.collect(); with the
# collector disabled, they wait.
import gc

gc.collect()
found = []

class Fin:
    __slots__ = ("me", "n")
    def __del__(self):
        found.append(self.n)

gc.set_threshold(20)
for i in range(200):
    f = Fin()
    f.n = i
    f.me = f
del f
print("automatic:", len(found) > 0)
gc.collect()
print("all finalized:", sorted(found) == list(range(200)))

found.clear()
gc.disable()
for i in range(200):
    f = Fin()
    f.n = i
    f.me = f
del f
print("disabled:", len(found))
gc.enable()
gc.collect()
print("after collect:", len(found))
gc.set_threshold(700, 10, 10)
