# a generator's frame and its locals are freed when the generator is: finalizers of locals run
# when the generator is dropped, exhausted or closed; gi_frame/gi_running/gi_code; cycles through
# a generator are collected
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  freed", self.name)

def holder(name):
    r = Res(name)
    yield 1
    yield 2

g = holder("dropped")
next(g)
print("dropping")
del g
print("after drop")

g = holder("exhausted")
for _ in g:
    pass
print("exhausted; gi_frame is", g.gi_frame)
del g

g = holder("closed")
next(g)
g.close()
print("closed; gi_frame is", g.gi_frame)
del g

g = holder("never-started")
print("running before start:", g.gi_running)
del g
print("nothing was created for the unstarted generator")

def introspect():
    me = yield
    yield me.gi_running
g = introspect()
next(g)
print("gi_running inside:", g.send(g), "outside:", g.gi_running)
print(g.gi_code.co_name, g.__name__)
g.close()

def self_ref():
    r = Res("in-cycle")
    me = yield
    yield "holding myself"
g = self_ref()
next(g)
g.send(g)
del g
print("cycle dropped; collecting")
gc.collect()
print("after collect")

def reentrant():
    yield next(gen_ref[0])
gen_ref = [None]
gen_ref[0] = reentrant()
try:
    next(gen_ref[0])
except ValueError as e:
    print("ValueError:", e)
gen_ref.clear()

def many():
    for i in range(3):
        r = Res(f"loop{i}")
        yield i
print(list(many()))
print("end")
