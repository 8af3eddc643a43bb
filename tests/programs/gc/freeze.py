# freeze/unfreeze/get_freeze_count: frozen objects are ignored by collections.
import gc

gc.collect()
print(gc.get_freeze_count())
a = []
a.append(a)
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count()[0])
del a
print("frozen cycle:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
