# collect(generation): each generation, the argument forms, the errors.
import gc

gc.collect()

def cycle():
    l = []
    l.append(l)

cycle()
print("gen 0:", gc.collect(0))
cycle()
print("gen 1:", gc.collect(1))
cycle()
print("gen 2:", gc.collect(2))
cycle()
print("keyword:", gc.collect(generation=0))
cycle()
print("bool:", gc.collect(True))
cycle()
print("default:", gc.collect())

for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", 1.0, None):
    try:
        gc.collect(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print("TypeError:", e)

# a younger collection leaves an older generation alone
x = []
x.append(x)
gc.collect()          # x survives in the oldest generation
del x
print("gen 0 after the cycle aged:", gc.collect(0))
print("gen 1 after the cycle aged:", gc.collect(1))
print("gen 2 after the cycle aged:", gc.collect(2))
