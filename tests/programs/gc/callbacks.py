# gc.callbacks: called with ("start"|"stop", info) around every collection.
import gc

events = []

def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))

gc.collect()
print(gc.callbacks)
gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect()
print(n, events)
events.clear()
gc.collect(0)
print(events)
events.clear()

# a callback that raises is reported (stderr) and the collection goes on
def bad(phase, info):
    raise RuntimeError("callback")
gc.callbacks.insert(0, bad)
print(gc.collect(1), [e[:3] for e in events])
gc.callbacks.remove(bad)
events.clear()

# collect() inside a callback does nothing (a collection is already running)
def nested(phase, info):
    events.append(("nested", gc.collect()))
gc.callbacks.append(nested)
gc.collect()
print([e for e in events if e[0] == "nested"])
gc.callbacks.clear()
events.clear()
gc.collect()
print(events)
